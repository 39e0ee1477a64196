package hudson.util;

public class ListBoxModel {
    public ListBoxModel() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void add(String name, String value) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
