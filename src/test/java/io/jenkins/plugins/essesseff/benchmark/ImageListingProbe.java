package io.jenkins.plugins.essesseff.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.EssesseffClient;
import io.jenkins.plugins.essesseff.client.Image;
import io.jenkins.plugins.essesseff.client.ImageFilter;
import io.jenkins.plugins.essesseff.client.Page;
import io.jenkins.plugins.essesseff.client.PageRequest;
import io.jenkins.plugins.essesseff.client.RatePacers;
import io.jenkins.plugins.essesseff.client.Sleeper;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Part 4, the measuring side: lists every image of one app in a JVM of its own, so that its heap holds the client
 * and the listing only (the sandbox and its 10,000 images live in the parent JVM).
 *
 * <p>Arguments: {@code STREAM|LIST account organization app repetitions}; the base URL and key come from the
 * environment variables {@code ESSESSEFF_BENCH_BASE_URL} and {@code ESSESSEFF_BENCH_KEY}. {@code STREAM} consumes
 * {@code streamImages} one image at a time; {@code LIST} loads every page ({@code listImages}, 1,000 a page, the page
 * size the stream uses too) into one list. Prints one {@code RESULT} line.
 *
 * <p>Three heap figures, all in bytes:
 *
 * <ul>
 *   <li>{@code peakUsed}: the highest used heap seen by a thread sampling {@link MemoryMXBean} about every
 *       millisecond during the timed listings; it includes garbage not yet collected, so it depends on the
 *       collector as much as on the code;
 *   <li>{@code maxAfterGc}: the highest used heap (heap pools only) right after any collection during the timed listings (from the
 *       collectors' notifications): what survived, without forcing anything;
 *   <li>{@code retained}: in a separate, untimed pass with forced full collections, the live heap above the
 *       baseline at the point where the variant holds the most: after every 500 images for {@code STREAM}, once
 *       the list is complete for {@code LIST}.
 * </ul>
 */
public final class ImageListingProbe {
    private static final int WARM_UPS = 2;

    private ImageListingProbe() {}

    public static void main(String[] args) throws Exception {
        String variant = args[0];
        AppRef app = new AppRef(args[1], args[2], args[3]);
        int repetitions = Integer.parseInt(args[4]);
        EssesseffClient client = new Clients(URI.create(System.getenv("ESSESSEFF_BENCH_BASE_URL")))
                .client(System.getenv("ESSESSEFF_BENCH_KEY"), new RatePacers(), Sleeper.REAL);
        boolean stream =
                switch (variant) {
                    case "STREAM" -> true;
                    case "LIST" -> false;
                    default -> throw new IllegalArgumentException("STREAM or LIST, was " + variant);
                };

        long images = 0;
        for (int i = 0; i < WARM_UPS; i++) {
            images =
                    stream ? streamAll(client, app, null) : listAll(client, app).size();
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        fullGc();
        AtomicLong maxAfterGc = new AtomicLong();
        listenToCollections(maxAfterGc);
        HeapSampler sampler = new HeapSampler(memory);
        sampler.start();
        long[] nanos = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            long count =
                    stream ? streamAll(client, app, null) : listAll(client, app).size();
            nanos[i] = System.nanoTime() - start;
            if (count != images) {
                throw new IllegalStateException("listed " + count + " images, then " + images);
            }
        }
        sampler.stopAndJoin();
        long peakUsed = sampler.peak();
        long afterGc = maxAfterGc.get();

        long baseline = fullGc();
        long retained;
        if (stream) {
            AtomicLong most = new AtomicLong();
            streamAll(client, app, most);
            retained = most.get() - baseline;
        } else {
            List<Image> all = listAll(client, app);
            retained = fullGc() - baseline;
            Reference.reachabilityFence(all);
        }
        Arrays.sort(nanos);
        System.out.printf(
                "RESULT variant=%s images=%d repetitions=%d medianNanos=%d minNanos=%d maxNanos=%d peakUsed=%d"
                        + " maxAfterGc=%d retained=%d baseline=%d maxHeap=%d%n",
                variant,
                images,
                repetitions,
                nanos[(repetitions - 1) / 2],
                nanos[0],
                nanos[repetitions - 1],
                peakUsed,
                afterGc,
                retained,
                baseline,
                memory.getHeapMemoryUsage().getMax());
    }

    /** Consumes the stream; with {@code most}, forces a collection every 500 images and keeps the highest live heap. */
    private static long streamAll(EssesseffClient client, AppRef app, AtomicLong most) {
        long[] count = {0};
        long[] checksum = {0};
        client.streamImages(app, ImageFilter.none()).forEach(image -> {
            checksum[0] += image.imageTag().hashCode();
            if (++count[0] % 500 == 0 && most != null) {
                most.accumulateAndGet(fullGc(), Math::max);
            }
        });
        if (checksum[0] == 42) {
            System.out.print("");
        }
        return count[0];
    }

    private static List<Image> listAll(EssesseffClient client, AppRef app) {
        List<Image> all = new ArrayList<>();
        long offset = 0;
        while (true) {
            Page<Image> page =
                    client.listImages(app, ImageFilter.none(), new PageRequest(EssesseffClient.MAX_PAGE_SIZE, offset));
            all.addAll(page.items());
            offset += page.items().size();
            if (!page.pagination().hasMore() || page.items().isEmpty()) {
                return all;
            }
        }
    }

    /** Two full collections, then the used heap. */
    private static long fullGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void listenToCollections(AtomicLong maxAfterGc) {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (notification, handback) -> {
                            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                    notification.getType())) {
                                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData());
                                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                        .filter(pool -> heapPools.contains(pool.getKey()))
                                        .mapToLong(pool -> pool.getValue().getUsed())
                                        .sum();
                                maxAfterGc.accumulateAndGet(used, Math::max);
                            }
                        },
                        null,
                        null);
            }
        }
    }

    /** Reads the used heap about every millisecond and keeps the highest value. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory;
        private volatile boolean running = true;
        private long peak;

        HeapSampler(MemoryMXBean memory) {
            super("heap-sampler");
            setDaemon(true);
            this.memory = memory;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopAndJoin() throws InterruptedException {
            running = false;
            join();
        }

        long peak() {
            return peak;
        }
    }
}
