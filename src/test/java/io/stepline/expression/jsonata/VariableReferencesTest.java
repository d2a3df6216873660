package io.stepline.expression.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariableReferencesTest {

    @Test
    void findsEveryNameAfterADollar() {
        assertThat(VariableReferences.in("$states.input.a + $total * $rate")).containsExactly("states", "total", "rate");
    }

    @Test
    void aNameEndsAtWhitespaceOrAnOperator() {
        assertThat(VariableReferences.in("$f($x,$y)[0];$z\t$w")).containsExactly("f", "x", "y", "z", "w");
    }

    @Test
    void namesInsideStringsAreReportedToo() {
        // A superset is harmless (an unknown name is simply not bound); a subset would not be.
        assertThat(VariableReferences.in("'cost: $price' & $currency")).containsExactly("price'", "currency");
    }

    @Test
    void aLoneDollarIsNotAName() {
        assertThat(VariableReferences.in("$ + 1")).isEmpty();
    }
}
