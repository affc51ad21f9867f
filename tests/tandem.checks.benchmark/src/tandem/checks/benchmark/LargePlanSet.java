package tandem.checks.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.core.documents.PlanDocuments;
import tandem.ivr.model.IvrScript;
import tandem.staffing.model.StaffingPlan;

/**
 * The plan set of the checks benchmark, generated in memory as one resource set of documents: the setup, campaign
 * calendars, staffing plans, IVR scripts, training plans and goal sets, referring to each other as saved plans do.
 * The same size and seed give the same plans.
 */
final class LargePlanSet {

    /**
     * How much to generate; {@link #FULL} is the size the benchmark is about.
     *
     * @param lines     business lines of 20 queues each
     * @param campaigns campaigns, in two calendars per line
     */
    record Size(int lines, int campaigns, int staffingPlans, int ivrScripts, int nodesPerScript, int courses,
            int goals) {

        static final Size FULL = new Size(10, 2_000, 200, 50, 2_000, 500, 500);

        /** A fraction of the full size (at least one of everything), for trying the harness quickly. */
        static Size scaled(double factor) {
            return new Size(Math.max(1, (int) Math.round(FULL.lines * factor)), atLeast(FULL.campaigns, factor, 20),
                    atLeast(FULL.staffingPlans, factor, 1), atLeast(FULL.ivrScripts, factor, 1), FULL.nodesPerScript,
                    atLeast(FULL.courses, factor, 10), atLeast(FULL.goals, factor, 10));
        }

        private static int atLeast(int full, double factor, int least) {
            return Math.max(least, (int) Math.round(full * factor));
        }
    }

    final ResourceSet set = PlanDocuments.createResourceSet();
    final List<Resource> documents = new ArrayList<>();
    final Setup setup;
    final Calendars calendars;
    final Staffing staffing;
    final IvrScripts ivr;
    final TrainingAndGoals trainingAndGoals;

    LargePlanSet(Size size, long seed) {
        Random random = new Random(seed);
        setup = new Setup(size.lines());
        add("setup/bench.center", setup.center);
        calendars = new Calendars(setup, size.campaigns(), random);
        for (CampaignCalendar calendar : calendars.calendars) {
            add("campaigns/" + slug(calendar.getName()) + ".campaigns", calendar);
        }
        staffing = new Staffing(setup, calendars, size.staffingPlans(), random);
        for (int p = 0; p < staffing.plans.size(); p++) {
            StaffingPlan plan = staffing.plans.get(p);
            add("staffing/" + slug(plan.getName()) + "-" + p + ".staffing", plan);
        }
        ivr = new IvrScripts(setup, calendars, size.ivrScripts(), size.nodesPerScript(), random);
        for (IvrScript script : ivr.scripts) {
            add("ivr/" + slug(script.getName()) + ".ivr", script);
        }
        trainingAndGoals = new TrainingAndGoals(setup, calendars, size.courses(), size.goals(), random);
        for (EObject plan : trainingAndGoals.trainingPlans) {
            add("training/" + slug(name(plan)) + ".training", plan);
        }
        for (EObject goals : trainingAndGoals.goalSets) {
            add("goals/" + slug(name(goals)) + ".goals", goals);
        }
    }

    private void add(String path, EObject root) {
        Resource resource = set.createResource(URI.createFileURI("/bench/" + path));
        if (resource == null) {
            throw new IllegalStateException("no resource factory for " + path);
        }
        resource.getContents().add(root);
        documents.add(resource);
    }

    /** One of the campaigns, by its place among all of them (any number: it wraps around). */
    Campaign campaign(int index) {
        List<Campaign> all = calendars.calendars.stream().flatMap(c -> c.getCampaigns().stream()).toList();
        return all.get(index % all.size());
    }

    /** What was generated, in words. */
    String describe() {
        long campaigns = calendars.calendars.stream().mapToLong(c -> c.getCampaigns().size()).sum();
        long intervals = staffing.plans.stream().mapToLong(p -> p.getIntervals().size()).sum();
        long nodes = ivr.scripts.stream().mapToLong(s -> s.getNodes().size()).sum();
        return String.format("%,d documents: 1 setup of %,d queues, %,d campaigns in %,d calendars, %,d staffing plans"
                + " of %,d intervals in all, %,d IVR scripts of %,d nodes in all, %,d courses in %,d training plans,"
                + " %,d goals in %,d goal sets", documents.size(), setup.center.getQueues().size(), campaigns,
                calendars.calendars.size(), staffing.plans.size(), intervals, ivr.scripts.size(), nodes,
                trainingAndGoals.courses, trainingAndGoals.trainingPlans.size(), trainingAndGoals.goals,
                trainingAndGoals.goalSets.size());
    }

    private static String name(EObject element) {
        Object name = element.eGet(element.eClass().getEStructuralFeature("name"));
        return name == null ? "unnamed" : name.toString();
    }

    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
