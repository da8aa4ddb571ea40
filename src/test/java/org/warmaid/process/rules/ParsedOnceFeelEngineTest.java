package org.warmaid.process.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

class ParsedOnceFeelEngineTest {

    private final ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine();
    private final ScalaFeelEngine stock = new ScalaFeelEngine(List.of());

    @Test
    void anExpressionEvaluatedAgainGivesTheResultOfItsNewVariables() {
        VariableContext two = Variables.createVariables().putValue("income", 2).asVariableContext();
        VariableContext five = Variables.createVariables().putValue("income", 5).asVariableContext();

        Object first = parsedOnce.evaluateSimpleExpression("income * 100 + 1", two);
        Object second = parsedOnce.evaluateSimpleExpression("income * 100 + 1", five);

        assertThat(first).isEqualTo(stock.evaluateSimpleExpression("income * 100 + 1", two)).isEqualTo(201L);
        assertThat(second).isEqualTo(stock.evaluateSimpleExpression("income * 100 + 1", five)).isEqualTo(501L);
    }

    @Test
    void unaryTestsCompareTheInputVariableAsTheStockEngineDoes() {
        for (int value : new int[] {0, 3, 10, 11}) {
            VariableContext input = Variables.createVariables().putValue("cellInput", value).putValue("limit", 10)
                    .asVariableContext();
            for (String test : List.of("< 10", "[1..10]", "? > limit", "-", "not(3)", "3, 11")) {
                assertThat(parsedOnce.evaluateSimpleUnaryTests(test, "cellInput", input))
                        .as("%s for %d", test, value)
                        .isEqualTo(stock.evaluateSimpleUnaryTests(test, "cellInput", input));
            }
        }
    }

    @Test
    void anExpressionThatDoesNotParseFailsEveryTimeWithTheStockMessage() {
        VariableContext none = Variables.createVariables().asVariableContext();
        String stockMessage = catchMessage(() -> stock.evaluateSimpleExpression("income *", none));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> parsedOnce.evaluateSimpleExpression("income *", none))
                    .isInstanceOf(FeelException.class)
                    .hasMessage(stockMessage);
        }
    }

    private static String catchMessage(Runnable evaluation) {
        try {
            evaluation.run();
        } catch (FeelException e) {
            return e.getMessage();
        }
        throw new AssertionError("the stock engine accepted the expression");
    }
}
