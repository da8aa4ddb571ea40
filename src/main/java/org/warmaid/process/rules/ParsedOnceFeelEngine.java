package org.warmaid.process.rules;

import camundajar.impl.scala.collection.immutable.Map.Map1;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * FEEL Scala, the DMN engine's default, with each expression parsed once. The stock integration
 * parses every input expression, input entry and output entry anew at each evaluation, which was
 * most of an evaluation's time. A parsed expression is immutable and evaluated with each
 * call's own variables, exactly as the stock engine evaluates it; an expression that does not parse
 * is not kept and fails every evaluation with the engine's own message.
 */
class ParsedOnceFeelEngine extends ScalaFeelEngine {

    /**
     * The decision tables hold a few hundred distinct expressions; the bound only keeps years of
     * redeployed tables from growing the cache without end.
     */
    private static final int MAX_CACHED = 10_000;

    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    ParsedOnceFeelEngine() {
        super(List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
        VariableProvider variables = new ContextVariableWrapper(variableContext);
        return (T) valueOf(feelEngine.eval(parsed, contextOf(variables)));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
        VariableProvider input = new VariableProvider.StaticVariableProvider(new Map1<>(INPUT_VARIABLE_NAME, inputVariable));
        VariableProvider variables = new VariableProvider.CompositeVariableProvider(
                toScalaList(input, new ContextVariableWrapper(variableContext)));
        Object result = valueOf(feelEngine.eval(parsed, contextOf(variables)));
        return result != null && (Boolean) result;
    }

    private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String expression,
            Function<String, Either<FeelEngine.Failure, ParsedExpression>> parser) {
        ParsedExpression parsed = cache.get(expression);
        if (parsed == null) {
            parsed = (ParsedExpression) valueOf(parser.apply(expression));
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.putIfAbsent(expression, parsed);
        }
        return parsed;
    }

    private static Object valueOf(Either<FeelEngine.Failure, ?> result) {
        if (result instanceof Right<?, ?> right) {
            return right.value();
        }
        throw LOGGER.evaluationException(((Left<FeelEngine.Failure, ?>) result).value().message());
    }

    private static CustomContext contextOf(VariableProvider variables) {
        return new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return variables;
            }
        };
    }
}
