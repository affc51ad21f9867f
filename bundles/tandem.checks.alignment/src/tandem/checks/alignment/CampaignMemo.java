package tandem.checks.alignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import tandem.campaign.model.Campaign;
import tandem.checks.CheckContext;
import tandem.checks.Parameters;
import tandem.checks.PlanSet;
import tandem.checks.Severity;

/**
 * The findings a check made on each campaign in its last runs, reported again without looking at the campaign when
 * nothing they depend on can have changed: the campaign's own document has the same {@link PlanSet#revision
 * revision}, and so has every checked document of the other models the check reads (the same documents, in the same
 * order), and the check's parameters and today are the same. After an edit of one campaign calendar, a check that
 * keeps one looks again only at the campaigns of that calendar.
 * <p>
 * Meant for checks whose findings on a campaign do not depend on the other campaigns. The findings are
 * {@link PlanSet#kept kept} with the revision of the campaign's document, so they go with the plan sets holding
 * it. Thread-safe.
 */
public final class CampaignMemo {

    /** A finding on the way to the context; {@code severity} {@code null} for the check's own. */
    public record Found(Severity severity, EObject element, String message, Map<String, String> data) {
    }

    /** What is kept per revision of a calendar: its campaigns' findings, and the other inputs they were made with. */
    private static final class Kept {
        List<Object> inputs = List.of();
        final Map<Campaign, List<Found>> found = new IdentityHashMap<>();
    }

    private final Set<String> otherModels;

    /**
     * @param otherModels the namespace URIs of the models besides campaigns whose documents the check reads
     */
    public CampaignMemo(String... otherModels) {
        this.otherModels = Set.of(otherModels);
    }

    /** The part of a check that looks at one campaign, reporting to the context it is given. */
    public interface PerCampaign {
        void check(CheckContext context, Campaign campaign);
    }

    /** Runs the check on each campaign of the plan set whose findings are not kept, and reports every finding. */
    public void forEachCampaign(CheckContext context, PerCampaign check) {
        forEachCampaign(context, check, (campaign, found) -> found
                .forEach(f -> context.report(f.severity(), f.element(), f.message(), f.data())));
    }

    /**
     * Hands each campaign of the plan set, in order, to {@code report} with its findings: those kept, or those
     * {@code check} reports on it now. A campaign that ended before today ({@link CheckContext#today}) is history,
     * kept in a calendar for the record and for the forecast that takes its lift out of the contact history: there
     * is nothing left to prepare for it, so it is not handed on.
     */
    public void forEachCampaign(CheckContext context, PerCampaign check,
            BiConsumer<Campaign, List<Found>> report) {
        PlanSet plans = context.plans();
        List<Object> inputs = inputs(context);
        for (Campaign campaign : plans.all(Campaign.class)) {
            if (isOver(campaign, context.today())) {
                continue;
            }
            Kept kept = plans.kept(campaign.eResource(), this, Kept::new);
            List<Found> found;
            synchronized (kept) {
                if (!kept.inputs.equals(inputs)) {
                    kept.found.clear();
                    kept.inputs = inputs;
                }
                found = kept.found.get(campaign);
                if (found == null) {
                    Collecting collecting = new Collecting(context);
                    check.check(collecting, campaign);
                    found = collecting.found.isEmpty() ? List.of() : Collections.unmodifiableList(collecting.found);
                    kept.found.put(campaign, found);
                }
            }
            report.accept(campaign, found);
        }
    }

    /** Whether the campaign ended before the day: it has an end date, and that is before today. */
    public static boolean isOver(Campaign campaign, LocalDate today) {
        return campaign.getEndDate() != null && today != null && campaign.getEndDate().isBefore(today);
    }

    /** The context of a check, but what is reported on a campaign is kept. */
    private static final class Collecting implements CheckContext {
        private final CheckContext context;
        final List<Found> found = new ArrayList<>();

        Collecting(CheckContext context) {
            this.context = context;
        }

        @Override
        public PlanSet plans() {
            return context.plans();
        }

        @Override
        public Parameters parameters() {
            return context.parameters();
        }

        @Override
        public LocalDate today() {
            return context.today();
        }

        @Override
        public void report(Severity severity, EObject element, String message, Map<String, String> data) {
            found.add(new Found(severity, element, message, data));
        }
    }

    /**
     * What every finding depends on besides its campaign's document: the parameters, today, and the revisions of
     * the documents of the other models, compared by identity (revisions are plain objects).
     */
    private List<Object> inputs(CheckContext context) {
        List<Object> inputs = new ArrayList<>();
        inputs.add(context.parameters().asMap());
        inputs.add(context.today());
        for (Resource document : context.plans().documents()) {
            for (EObject root : document.getContents()) {
                if (otherModels.contains(root.eClass().getEPackage().getNsURI())) {
                    inputs.add(new Identity(context.plans().revision(document)));
                    break;
                }
            }
        }
        return inputs;
    }

    /** Equal only to the same object. */
    private record Identity(Object of) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }
}
