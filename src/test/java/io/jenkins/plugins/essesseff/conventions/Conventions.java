package io.jenkins.plugins.essesseff.conventions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.verb.POST;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Jenkins conventions of this plugin, checked without a Jenkins instance: by reflection, by reading the
 * classes' bytecode (ArchUnit), and by parsing the Jelly views. Each check returns the violations it finds, so that
 * a test can show it catches a broken class as well as pass the real ones.
 *
 * <p>Classes whose Jenkins super class has a throwing stand-in constructor (descriptors) are allocated without
 * running any constructor; only methods that do not depend on constructor state are called on them.
 */
final class Conventions {
    static final String ESCAPE_BY_DEFAULT = "<?jelly escape-by-default='true'?>";

    /** Every form method answers POST only: {@code doFill*}, {@code doCheck*}, {@code doTest*}, {@code doAutoComplete*}. */
    static final ArchRule FORM_METHODS_ARE_POST = methods()
            .that()
            .haveNameMatching("do(Fill|Check|Test|AutoComplete)[A-Z].*")
            .and()
            .arePublic()
            .should()
            .beAnnotatedWith(POST.class)
            .because("a form method must not be reachable by a GET (CSRF), see the Jenkins security guidelines");

    /** {@code Jenkins.get()} is called in one seam only. */
    static ArchRule jenkinsGetOnlyIn(Class<?> seam) {
        return noClasses()
                .that()
                .doNotHaveFullyQualifiedName(seam.getName())
                .should()
                .callMethod(Jenkins.class, "get")
                .because("Jenkins.get() belongs in one small seam, " + seam.getSimpleName());
    }

    private Conventions() {}

    /** The function name is the documented one and the required context has Run and TaskListener. */
    static List<String> stepDescriptorViolations(Class<? extends StepDescriptor> descriptor, String documentedName) {
        List<String> violations = new ArrayList<>();
        StepDescriptor instance = allocate(descriptor);
        String functionName = instance.getFunctionName();
        if (!documentedName.equals(functionName)) {
            violations.add(descriptor.getName() + ": function name '" + functionName + "', documented '"
                    + documentedName + "'");
        }
        Set<? extends Class<?>> context = instance.getRequiredContext();
        for (Class<?> needed : List.of(Run.class, TaskListener.class)) {
            if (context == null || !context.contains(needed)) {
                violations.add(descriptor.getName() + ": required context lacks " + needed.getSimpleName());
            }
        }
        return violations;
    }

    /**
     * Every {@code @DataBoundConstructor} parameter and {@code @DataBoundSetter} property has a getter returning its
     * value, appears as a {@code field} of the class's {@code config.jelly} (includes followed), and has a
     * {@code help-<field>.html} in the hierarchy of {@code helpOwner}.
     *
     * @param sourceRoot where the class's source is, to read the constructor's parameter names
     */
    static List<String> boundFieldViolations(Class<?> describable, Class<?> helpOwner, Path sourceRoot) {
        List<String> violations = new ArrayList<>();
        Map<String, Class<?>> fields = boundFields(describable, sourceRoot, violations);
        Set<String> inView = viewFields(describable, violations);
        for (Map.Entry<String, Class<?>> field : fields.entrySet()) {
            String name = field.getKey();
            if (getter(describable, name, field.getValue()) == null) {
                violations.add(describable.getName() + ": no getter for '" + name + "'");
            } else {
                roundTrip(describable, name, field.getValue()).ifPresent(violations::add);
            }
            if (!inView.contains(name)) {
                violations.add(describable.getName() + ": '" + name + "' is not a field of config.jelly");
            }
            if (findInHierarchy(helpOwner, "help-" + name + ".html") == null) {
                violations.add(describable.getName() + ": no help-" + name + ".html beside " + helpOwner.getSimpleName()
                        + " or its super classes");
            }
        }
        return violations;
    }

    /**
     * A build step shows the help of its pipeline step: its descriptor's constructor names the step class (to
     * redirect the help to it), and every bound field is among the fields redirected.
     */
    static List<String> helpRedirectViolations(
            JavaClasses classes, Class<?> builder, Class<?> step, List<String> redirectedFields, Path sourceRoot) {
        List<String> violations = new ArrayList<>();
        List<String> unbound = new ArrayList<>();
        for (String field : boundFields(builder, sourceRoot, unbound).keySet()) {
            if (!redirectedFields.contains(field)) {
                violations.add(builder.getName() + ": the help of '" + field + "' is not redirected to " + step);
            }
        }
        boolean namesStep = classes.stream()
                .filter(c -> builder.getName()
                        .equals(c.getEnclosingClass().map(JavaClass::getName).orElse(null)))
                .filter(c -> c.isAssignableTo(hudson.model.Descriptor.class))
                .flatMap(c -> c.getConstructors().stream())
                .flatMap(constructor -> constructor.getReferencedClassObjects().stream())
                .anyMatch(reference -> reference.getRawType().getName().equals(step.getName()));
        if (!namesStep) {
            violations.add(builder.getName() + ": its descriptor does not point its help at " + step.getSimpleName());
        }
        return violations;
    }

    /** A step (or what stands for one) has a {@code help.html} of its own. */
    static List<String> stepHelpViolations(Class<?> step) {
        return resource(step, "help.html") == null ? List.of(step.getName() + ": no help.html of its own") : List.of();
    }

    /** An execution that may be serialized with the program holds only serializable or transient fields. */
    static List<String> executionFieldViolations(Class<? extends StepExecution> execution) {
        List<String> violations = new ArrayList<>();
        for (Class<?> c = execution; c != null && c != StepExecution.class; c = c.getSuperclass()) {
            if (!c.getName().startsWith("io.jenkins.plugins.essesseff")) {
                continue;
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                Class<?> type = field.getType();
                if (!type.isPrimitive() && !Serializable.class.isAssignableFrom(type)) {
                    violations.add(execution.getName() + ": field '" + field.getName() + "' of type "
                            + type.getSimpleName() + " is neither Serializable nor transient");
                }
            }
        }
        return violations;
    }

    /** Every Jelly view under {@code resourcesRoot} escapes expressions by default. */
    static List<String> jellyEscapeViolations(Path resourcesRoot) throws IOException {
        try (Stream<Path> files = Files.walk(resourcesRoot)) {
            return files.filter(path -> path.toString().endsWith(".jelly"))
                    .filter(path -> !firstLine(path).equals(ESCAPE_BY_DEFAULT))
                    .map(path -> resourcesRoot.relativize(path) + " does not start with " + ESCAPE_BY_DEFAULT)
                    .toList();
        }
    }

    /**
     * No {@code ${%text}} of a Jelly view under {@code resourcesRoot} contains a parenthesis: Stapler reads
     * {@code ${%Timeout (minutes)}} as the key {@code "Timeout "} with the argument expression {@code minutes}, and
     * shows "Timeout ".
     */
    static List<String> jellyLocalizedTextViolations(Path resourcesRoot) throws IOException {
        try (Stream<Path> files = Files.walk(resourcesRoot)) {
            return files.filter(path -> path.toString().endsWith(".jelly"))
                    .flatMap(path -> LOCALIZED_TEXT
                            .matcher(read(path))
                            .results()
                            .map(MatchResult::group)
                            .filter(text -> text.contains("("))
                            .map(text -> resourcesRoot.relativize(path) + ": " + text
                                    + " is read as a message key with arguments; leave the parenthesis out"))
                    .toList();
        }
    }

    private static final Pattern LOCALIZED_TEXT = Pattern.compile("\\$\\{%[^}]*}");

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(Path path) {
        try {
            return Files.readAllLines(path).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- bound fields

    private static Map<String, Class<?>> boundFields(Class<?> type, Path sourceRoot, List<String> violations) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                List<String> names = constructorParameterNames(type, sourceRoot);
                Class<?>[] types = constructor.getParameterTypes();
                if (names.size() != types.length) {
                    violations.add(
                            type.getName() + ": cannot read the @DataBoundConstructor parameters from " + sourceRoot);
                    continue;
                }
                for (int i = 0; i < types.length; i++) {
                    fields.put(names.get(i), types[i]);
                }
            }
        }
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)
                    && method.getName().startsWith("set")
                    && method.getParameterCount() == 1) {
                fields.put(decapitalize(method.getName().substring(3)), method.getParameterTypes()[0]);
            }
        }
        return fields;
    }

    /** The parameter names of the class's {@code @DataBoundConstructor}, read from its source. */
    static List<String> constructorParameterNames(Class<?> type, Path sourceRoot) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        Path source = sourceRoot.resolve(outer.getName().replace('.', '/') + ".java");
        String text;
        try {
            text = Files.readString(source);
        } catch (IOException e) {
            return List.of("<no source at " + source + ">");
        }
        Matcher matcher = Pattern.compile(
                        "@DataBoundConstructor\\s+public\\s+" + type.getSimpleName() + "\\s*\\(([^)]*)\\)")
                .matcher(text);
        if (!matcher.find()) {
            return List.of("<no @DataBoundConstructor in " + source + ">");
        }
        List<String> names = new ArrayList<>();
        for (String parameter : matcher.group(1).split(",")) {
            String[] words = parameter.strip().split("\\s+");
            if (!parameter.isBlank()) {
                names.add(words[words.length - 1]);
            }
        }
        return names;
    }

    private static Method getter(Class<?> type, String field, Class<?> fieldType) {
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (String name : List.of("get" + suffix, "is" + suffix)) {
            try {
                Method method = type.getMethod(name);
                if (wrap(fieldType).isAssignableFrom(wrap(method.getReturnType()))) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next name
            }
        }
        return null;
    }

    /** Sets a sample value and reads it back, unless the setter needs a running Jenkins (e.g. it saves). */
    private static java.util.Optional<String> roundTrip(Class<?> type, String field, Class<?> fieldType) {
        Object sample = sample(fieldType);
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        Method setter;
        try {
            setter = type.getMethod("set" + suffix, fieldType);
        } catch (NoSuchMethodException e) {
            return java.util.Optional.empty(); // a constructor parameter: nothing to set
        }
        if (sample == null
                || Modifier.isAbstract(type.getModifiers())
                || hudson.model.Descriptor.class.isAssignableFrom(type)) {
            // a descriptor's setters save it, which needs a running Jenkins: the ITests round-trip those
            return java.util.Optional.empty();
        }
        try {
            Object instance = allocate(type);
            setter.invoke(instance, sample);
            Object read = getter(type, field, fieldType).invoke(instance);
            return sample.equals(read)
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(type.getName() + ": getter of '" + field + "' returned " + read
                            + " after setting " + sample);
        } catch (InvocationTargetException e) {
            return java.util.Optional.of(type.getName() + ": setting '" + field + "' failed: " + e.getCause());
        } catch (IllegalAccessException e) {
            return java.util.Optional.of(type.getName() + ": " + e);
        }
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "sample-value";
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == int.class || type == Integer.class) {
            return 7;
        }
        return null;
    }

    private static Class<?> wrap(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        return type;
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    // --- views

    /** The {@code field} attributes of the class's config.jelly (as Stapler finds it), following st:include. */
    static Set<String> viewFields(Class<?> type, List<String> violations) {
        Set<String> fields = new LinkedHashSet<>();
        URL config = findInHierarchy(type, "config.jelly");
        if (config == null) {
            violations.add(type.getName() + ": no config.jelly");
            return fields;
        }
        collectFields(config, fields, violations, 0);
        return fields;
    }

    private static void collectFields(URL jelly, Set<String> fields, List<String> violations, int depth) {
        if (depth > 10) {
            violations.add(jelly + ": includes nest too deep");
            return;
        }
        Element root;
        try (InputStream in = jelly.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (Exception e) {
            violations.add(jelly + ": not well-formed XML: " + e.getMessage());
            return;
        }
        NodeList elements = root.getElementsByTagName("*");
        for (int i = -1; i < elements.getLength(); i++) {
            Element element = i < 0 ? root : (Element) elements.item(i);
            if (element.hasAttribute("field")) {
                fields.add(element.getAttribute("field"));
            }
            if (element.getTagName().equals("st:include") && element.hasAttribute("class")) {
                String page = element.getAttribute("page");
                URL included = findInHierarchy(load(element.getAttribute("class"), violations), page);
                if (included == null) {
                    violations.add(jelly + ": includes " + page + " of " + element.getAttribute("class")
                            + ", which does not exist");
                } else {
                    collectFields(included, fields, violations, depth + 1);
                }
            }
        }
    }

    private static Class<?> load(String name, List<String> violations) {
        try {
            return Class.forName(name, false, Conventions.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            violations.add("st:include names the unknown class " + name);
            return Object.class;
        }
    }

    /** A view or help file of {@code type} or, like Stapler looks them up, of its super classes. */
    static URL findInHierarchy(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            URL url = resource(c, name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private static URL resource(Class<?> type, String name) {
        return type.getClassLoader()
                .getResource(type.getName().replace('.', '/').replace('$', '/') + "/" + name);
    }

    // --- allocation without constructors

    @SuppressWarnings("unchecked")
    static <T> T allocate(Class<T> type) {
        try {
            Field field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            field.setAccessible(true);
            Object unsafe = field.get(null);
            return (T)
                    unsafe.getClass().getMethod("allocateInstance", Class.class).invoke(unsafe, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot allocate " + type, e);
        }
    }
}
