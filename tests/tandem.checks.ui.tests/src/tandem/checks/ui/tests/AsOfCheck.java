package tandem.checks.ui.tests;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.core.model.ContactCenter;

/** Test check: says which day the checks ran as of, on every contact center. */
public class AsOfCheck implements Check {

    @Override
    public void run(CheckContext context) {
        for (ContactCenter center : context.plans().roots(ContactCenter.class)) {
            context.report(center, "Checked as of " + context.today() + ".");
        }
    }
}
