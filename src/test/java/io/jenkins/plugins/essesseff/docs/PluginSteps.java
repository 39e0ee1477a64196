package io.jenkins.plugins.essesseff.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Reads the pipeline steps the plugin defines from its compiled classes, so that the documentation is checked
 * against the code and not against a list kept by hand.
 *
 * <ul>
 *   <li>A step is a concrete class of {@value #STEPS_PACKAGE} that extends {@value #STEP}.
 *   <li>Its function name is what its nested {@value #STEP_DESCRIPTOR} returns from {@code getFunctionName()}.
 *       Descriptors cannot be constructed outside Jenkins (the Maven-Central-only build's stand-in constructors
 *       throw), so the descriptor is allocated without running any constructor, as deserialization does; {@code
 *       getFunctionName()} returns a constant and needs no state.
 *   <li>Its required parameters are those of its {@value #DATA_BOUND_CONSTRUCTOR}; its optional ones are its
 *       {@value #DATA_BOUND_SETTER} methods and fields. Constructor parameter names are not in the class files
 *       (the code is not compiled with {@code -parameters}), so they are read from the getters the convention
 *       requires: every property with a getter and no {@code @DataBoundSetter} is a constructor parameter, and
 *       their number and types must match the constructor's.
 * </ul>
 *
 * <p>Jenkins types are referred to by name only, so this compiles whether or not the stand-ins declare them.
 */
final class PluginSteps {
    static final String STEPS_PACKAGE = "io.jenkins.plugins.essesseff.steps";
    static final String STEP = "org.jenkinsci.plugins.workflow.steps.Step";
    static final String STEP_DESCRIPTOR = "org.jenkinsci.plugins.workflow.steps.StepDescriptor";
    static final String DATA_BOUND_CONSTRUCTOR = "org.kohsuke.stapler.DataBoundConstructor";
    static final String DATA_BOUND_SETTER = "org.kohsuke.stapler.DataBoundSetter";

    private PluginSteps() {}

    /** The plugin's steps by function name; empty when the step classes are not on the class path. */
    static Map<String, StepSignature> read() {
        return read(STEPS_PACKAGE, PluginSteps.class.getClassLoader());
    }

    static Map<String, StepSignature> read(String packageName, ClassLoader loader) {
        Class<?> stepBase = load(STEP, loader);
        Class<?> descriptorBase = load(STEP_DESCRIPTOR, loader);
        if (stepBase == null || descriptorBase == null) {
            return Map.of();
        }
        Map<String, StepSignature> steps = new TreeMap<>();
        for (String className : classNames(packageName, loader)) {
            Class<?> type = load(className, loader);
            if (type == null
                    || !stepBase.isAssignableFrom(type)
                    || Modifier.isAbstract(type.getModifiers())
                    || type.isMemberClass()) {
                continue;
            }
            StepSignature signature = signature(type, stepBase, descriptorBase);
            StepSignature previous = steps.put(signature.functionName(), signature);
            if (previous != null) {
                throw new IllegalStateException("two steps are called " + signature.functionName());
            }
        }
        return steps;
    }

    static StepSignature signature(Class<?> stepClass, Class<?> stepBase, Class<?> descriptorBase) {
        String functionName = functionName(stepClass, descriptorBase);
        Set<String> optional = setterProperties(stepClass, stepBase);
        Set<String> required = constructorParameters(stepClass, stepBase, optional);
        return new StepSignature(functionName, required, optional);
    }

    private static String functionName(Class<?> stepClass, Class<?> descriptorBase) {
        for (Class<?> nested : stepClass.getDeclaredClasses()) {
            if (descriptorBase.isAssignableFrom(nested) && !Modifier.isAbstract(nested.getModifiers())) {
                Object descriptor = allocateWithoutConstructor(nested);
                try {
                    Method getter = nested.getMethod("getFunctionName");
                    return (String) getter.invoke(descriptor);
                } catch (NoSuchMethodException | IllegalAccessException e) {
                    throw new IllegalStateException(nested.getName() + " has no public getFunctionName()", e);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException(
                            nested.getName() + ".getFunctionName() needs a constructed descriptor", e.getCause());
                }
            }
        }
        throw new IllegalStateException(stepClass.getName() + " has no nested step descriptor");
    }

    private static Object allocateWithoutConstructor(Class<?> type) {
        try {
            Constructor<?> allocator = sun.reflect.ReflectionFactory.getReflectionFactory()
                    .newConstructorForSerialization(type, Object.class.getDeclaredConstructor());
            return allocator.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot allocate " + type.getName(), e);
        }
    }

    /** The names of the {@code @DataBoundSetter} methods ({@code setX} is {@code x}) and fields. */
    private static Set<String> setterProperties(Class<?> stepClass, Class<?> stepBase) {
        Set<String> names = new TreeSet<>();
        for (Class<?> type = stepClass; type != null && type != stepBase; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (annotated(method, DATA_BOUND_SETTER)
                        && method.getName().startsWith("set")
                        && method.getName().length() > 3) {
                    names.add(decapitalize(method.getName().substring(3)));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (annotated(field, DATA_BOUND_SETTER)) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    private static Set<String> constructorParameters(Class<?> stepClass, Class<?> stepBase, Set<String> optional) {
        Constructor<?> constructor = Arrays.stream(stepClass.getConstructors())
                .filter(candidate -> annotated(candidate, DATA_BOUND_CONSTRUCTOR))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException(stepClass.getName() + " has no public @DataBoundConstructor"));
        if (constructor.getParameterCount() == 0) {
            return Set.of();
        }
        if (Arrays.stream(constructor.getParameters()).allMatch(java.lang.reflect.Parameter::isNamePresent)) {
            Set<String> names = new TreeSet<>();
            Arrays.stream(constructor.getParameters()).forEach(parameter -> names.add(parameter.getName()));
            return names;
        }
        Map<String, Class<?>> getterOnly = new TreeMap<>(getters(stepClass, stepBase));
        getterOnly.keySet().removeAll(optional);
        List<String> constructorTypes = typeNames(Arrays.asList(constructor.getParameterTypes()));
        List<String> getterTypes = typeNames(getterOnly.values());
        if (!constructorTypes.equals(getterTypes)) {
            throw new IllegalStateException(stepClass.getName() + ": the @DataBoundConstructor takes "
                    + constructorTypes + ", but the properties with a getter and no @DataBoundSetter are "
                    + getterOnly + "; give every constructor parameter a getter of the same name");
        }
        return getterOnly.keySet();
    }

    /** Public bean getters ({@code getX()}, or {@code isX()} for a boolean) declared below {@code stepBase}. */
    private static Map<String, Class<?>> getters(Class<?> stepClass, Class<?> stepBase) {
        Map<String, Class<?>> getters = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> type = stepClass; type != null && type != stepBase; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || method.getParameterCount() != 0
                        || method.isSynthetic()
                        || method.isBridge()
                        || !seen.add(method.getName())) {
                    continue;
                }
                String name = method.getName();
                if (name.startsWith("get") && name.length() > 3 && method.getReturnType() != void.class) {
                    getters.put(decapitalize(name.substring(3)), method.getReturnType());
                } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                    getters.put(decapitalize(name.substring(2)), method.getReturnType());
                }
            }
        }
        return getters;
    }

    private static List<String> typeNames(java.util.Collection<Class<?>> types) {
        List<String> names = new ArrayList<>();
        types.forEach(type -> names.add(type.getName()));
        Collections.sort(names);
        return names;
    }

    private static boolean annotated(AnnotatedElement element, String annotationName) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().equals(annotationName)) {
                return true;
            }
        }
        return false;
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Class<?> load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The top-level and nested classes of {@code packageName} (not of its subpackages) on the class path. */
    static Set<String> classNames(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    File[] files = new File(root.toURI()).listFiles((dir, name) -> name.endsWith(".class"));
                    for (File file : files == null ? new File[0] : files) {
                        names.add(packageName + "." + file.getName().replaceFirst("\\.class$", ""));
                    }
                } else if (root.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            String name = entry.getName();
                            if (name.startsWith(path + "/")
                                    && name.endsWith(".class")
                                    && name.indexOf('/', path.length() + 1) < 0) {
                                names.add(name.replaceFirst("\\.class$", "").replace('/', '.'));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        names.removeIf(name -> name.endsWith(".package-info"));
        return names;
    }
}
