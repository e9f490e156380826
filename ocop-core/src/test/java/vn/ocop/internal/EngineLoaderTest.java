package vn.ocop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.OcopException;
import vn.ocop.spi.ScoringEngine;
import vn.ocop.spi.ScoringEngineProvider;

class EngineLoaderTest {
    record Provider(String name, int priority) implements ScoringEngineProvider {
        @Override
        public ScoringEngine create() {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void withoutAnEngineTheMessageSaysWhatToAdd() {
        // ocop-core's own tests run without ocop-rules on the class path.
        OcopException e = assertThrows(OcopException.class, Ocop::scorer);
        assertEquals(
                "no scoring engine on the class path: add the dependency vn.ocop:ocop-rules (it registers"
                        + " META-INF/services/vn.ocop.spi.ScoringEngineProvider)",
                e.getMessage());
    }

    @Test
    void twoEnginesOfTheSamePriorityAreAnError() {
        OcopException e = assertThrows(
                OcopException.class, () -> EngineLoader.create(List.of(new Provider("a", 0), new Provider("b", 0))));
        assertEquals(
                "several scoring engines with the same priority on the class path: a (0), b (0); keep one, or give"
                        + " one a higher priority()",
                e.getMessage());
    }
}
