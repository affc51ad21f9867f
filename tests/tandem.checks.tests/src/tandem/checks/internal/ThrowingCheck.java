package tandem.checks.internal;

import tandem.checks.Check;
import tandem.checks.CheckContext;

/** Test check that fails, to prove one broken check does not stop the others. */
public class ThrowingCheck implements Check {

    @Override
    public void run(CheckContext context) {
        throw new IllegalStateException("this check is broken on purpose");
    }
}
