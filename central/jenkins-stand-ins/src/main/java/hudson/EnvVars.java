package hudson;

import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {
    public EnvVars() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String expand(String s) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
