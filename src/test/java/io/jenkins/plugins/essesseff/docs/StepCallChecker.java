package io.jenkins.plugins.essesseff.docs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.SourceUnit;

/**
 * Checks one Groovy example: it must parse, and every call of a method named {@code essesseff…} must be a step the
 * plugin defines, called the way Jenkins binds step arguments: named arguments that are the step's parameters, all
 * of its required ones among them, or a single unnamed argument for a step with exactly one required parameter.
 */
final class StepCallChecker {
    static final String PREFIX = "essesseff";

    private final Map<String, StepSignature> steps;

    StepCallChecker(Map<String, StepSignature> steps) {
        this.steps = Map.copyOf(steps);
    }

    /** What is wrong with the example, one message per problem, each starting with {@code file:line}. */
    List<String> problems(GroovyExample example) {
        return check(example).problems();
    }

    /** The problems of the example and the steps it calls. */
    Result check(GroovyExample example) {
        ModuleNode module;
        try {
            module = parse(example);
        } catch (CompilationFailedException e) {
            String message = e.getMessage().replaceAll("\\s+", " ").strip();
            return new Result(List.of(example.at(1) + ": does not parse as Groovy: " + message), Set.of());
        }
        Visitor visitor = new Visitor(example);
        module.getStatementBlock().visit(visitor);
        for (MethodNode method : module.getMethods()) {
            visit(method, visitor);
        }
        for (ClassNode type : module.getClasses()) {
            for (MethodNode method : type.getMethods()) {
                visit(method, visitor);
            }
        }
        return new Result(List.copyOf(visitor.problems), Set.copyOf(visitor.called));
    }

    private static void visit(MethodNode method, Visitor visitor) {
        if (method.getCode() != null) {
            method.getCode().visit(visitor);
        }
    }

    private static ModuleNode parse(GroovyExample example) {
        CompilerConfiguration configuration = new CompilerConfiguration();
        CompilationUnit unit = new CompilationUnit(configuration);
        String name = "Example_" + example.file().replaceAll("[^A-Za-z0-9]", "_") + "_" + example.line();
        SourceUnit source = unit.addSource(name + ".groovy", example.code());
        unit.compile(Phases.CONVERSION);
        return source.getAST();
    }

    /**
     * @param problems one message per problem
     * @param called the function names of the plugin's steps the example calls
     */
    record Result(List<String> problems, Set<String> called) {}

    private final class Visitor extends CodeVisitorSupport {
        private final GroovyExample example;
        private final Set<String> problems = new LinkedHashSet<>();
        private final Set<String> called = new TreeSet<>();
        private final Set<ASTNode> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Visitor(GroovyExample example) {
            this.example = example;
        }

        @Override
        public void visitMethodCallExpression(MethodCallExpression call) {
            String name = call.getMethodAsString();
            if (name != null && seen.add(call)) {
                checkCall(call, name, call.getArguments());
            }
            super.visitMethodCallExpression(call);
        }

        @Override
        public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
            if (seen.add(call)) {
                checkCall(call, call.getMethod(), call.getArguments());
            }
            super.visitStaticMethodCallExpression(call);
        }

        private void checkCall(ASTNode call, String name, Expression arguments) {
            if (!name.startsWith(PREFIX)) {
                return;
            }
            String where = example.at(call.getLineNumber()) + ": " + name;
            StepSignature step = steps.get(name);
            if (step == null) {
                problems.add(where + " is not a step of the plugin; its steps are " + new TreeSet<>(steps.keySet()));
                return;
            }
            called.add(name);
            List<Expression> positional = new ArrayList<>();
            Set<String> named = new LinkedHashSet<>();
            for (Expression argument :
                    arguments instanceof TupleExpression tuple ? tuple.getExpressions() : List.of(arguments)) {
                if (argument instanceof MapExpression map) {
                    for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                        if (entry.getKeyExpression() instanceof ConstantExpression key
                                && key.getValue() instanceof String text) {
                            named.add(text);
                        } else {
                            problems.add(where + ": a parameter name must be written out, not computed ("
                                    + entry.getKeyExpression().getText() + ")");
                        }
                    }
                } else {
                    positional.add(argument);
                }
            }
            for (String parameter : named) {
                if (!step.accepts(parameter)) {
                    problems.add(where + ": '" + parameter + "' is not a parameter of " + name + "; it takes "
                            + step.parameters());
                }
            }
            if (!positional.isEmpty()) {
                if (positional.size() > 1 || !named.isEmpty() || step.required().size() != 1) {
                    problems.add(where + ": an unnamed argument is allowed only alone, for a step with exactly one"
                            + " required parameter; " + name + " requires " + new TreeSet<>(step.required())
                            + ": name the arguments");
                }
                return;
            }
            Set<String> missing = new TreeSet<>(step.required());
            missing.removeAll(named);
            if (!missing.isEmpty()) {
                problems.add(where + ": missing required parameter(s) " + missing);
            }
        }
    }
}
