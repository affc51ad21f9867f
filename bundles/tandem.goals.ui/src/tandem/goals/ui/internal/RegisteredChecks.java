package tandem.goals.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import tandem.goals.model.Goal;
import tandem.goals.model.smart.AchievabilityCheck;
import tandem.goals.model.smart.SmartAssessment;
import tandem.goals.model.smart.SmartReport;

/**
 * Assesses goals with Tandem's own criteria plus every {@link AchievabilityCheck} another bundle registers as an
 * OSGi service: {@code tandem.checks.alignment} registers {@code StaffingAchievability} (a Declarative Services
 * component), which fails a service-level, ASA or abandonment goal that the queues' staffing plans do not deliver.
 * Services are fetched for one assessment and released after it, so bundles can come and go.
 */
final class RegisteredChecks {

    private RegisteredChecks() {
    }

    static SmartReport assess(Goal goal, LocalDate today) {
        Bundle bundle = FrameworkUtil.getBundle(RegisteredChecks.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return new SmartAssessment().assess(goal, today);
        }
        Collection<ServiceReference<AchievabilityCheck>> references;
        try {
            references = context.getServiceReferences(AchievabilityCheck.class, null);
        } catch (InvalidSyntaxException e) {
            references = List.of();
        }
        List<AchievabilityCheck> checks = new ArrayList<>();
        try {
            for (ServiceReference<AchievabilityCheck> reference : references) {
                AchievabilityCheck check = context.getService(reference);
                if (check != null) {
                    checks.add(check);
                }
            }
            return new SmartAssessment(checks).assess(goal, today);
        } finally {
            references.forEach(context::ungetService);
        }
    }
}
