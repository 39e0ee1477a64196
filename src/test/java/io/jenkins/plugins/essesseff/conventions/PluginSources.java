package io.jenkins.plugins.essesseff.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the plugin's sources are, in either build, and its production classes. */
final class PluginSources {
    static final String PACKAGE = "io.jenkins.plugins.essesseff";

    private PluginSources() {}

    /** The plugin's root folder: the Central build says where it is; the real build runs in it. */
    static Path root() {
        Path root = Path.of(System.getProperty("essesseff.plugin.root", System.getProperty("user.dir")));
        if (!Files.isDirectory(root.resolve("src/main/java"))) {
            throw new IllegalStateException("not the plugin's root folder: " + root.toAbsolutePath());
        }
        return root;
    }

    static Path mainJava() {
        return root().resolve("src/main/java");
    }

    static Path testJava() {
        return root().resolve("src/test/java");
    }

    static Path mainResources() {
        return root().resolve("src/main/resources");
    }

    static JavaClasses production() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PACKAGE);
    }

    /** The concrete production classes assignable to {@code type}. */
    static <T> List<Class<? extends T>> concrete(JavaClasses classes, Class<T> type) {
        List<Class<? extends T>> found = new java.util.ArrayList<>();
        for (JavaClass javaClass : classes) {
            if (javaClass.isAssignableTo(type)
                    && !javaClass.isInterface()
                    && !javaClass.getModifiers().contains(JavaModifier.ABSTRACT)) {
                found.add(javaClass.reflect().asSubclass(type));
            }
        }
        return found;
    }
}
