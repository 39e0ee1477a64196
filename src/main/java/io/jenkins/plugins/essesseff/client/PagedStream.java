package io.jenkins.plugins.essesseff.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of every page, fetched lazily one page of {@value EssesseffClient#MAX_PAGE_SIZE} at a time as the stream
 * is consumed; fetching stops at the first page that says there is no more, or that is empty.
 */
final class PagedStream<T> implements Iterator<T> {
    private final Function<PageRequest, Page<T>> fetch;
    private Iterator<T> page = List.<T>of().iterator();
    private long offset;
    private boolean more = true;

    private PagedStream(Function<PageRequest, Page<T>> fetch) {
        this.fetch = fetch;
    }

    static <T> Stream<T> of(Function<PageRequest, Page<T>> fetch) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(
                        new PagedStream<>(fetch), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && more) {
            Page<T> next = fetch.apply(new PageRequest(EssesseffClient.MAX_PAGE_SIZE, offset));
            offset += next.items().size();
            more = next.pagination().hasMore() && !next.items().isEmpty();
            page = next.items().iterator();
        }
        return page.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }
}
