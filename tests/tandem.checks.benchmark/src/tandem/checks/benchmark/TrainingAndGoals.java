package tandem.checks.benchmark;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.core.documents.Ids;
import tandem.core.model.Queue;

/**
 * Training plans (courses with sessions and audiences, preparing queues for campaigns) and goal sets (SMART goals
 * with readings) of the benchmark. Their models are written alongside the benchmark, so they are built through
 * EMF's reflective API, by the names of their classes and features: the benchmark compiles without them, and a
 * model that is not installed, or whose names changed, is reported as missing instead of failing the build.
 */
final class TrainingAndGoals {

    static final String TRAINING = "http://tandem.dev/training/1.0";
    static final String GOALS = "http://tandem.dev/goals/1.0";

    final List<EObject> trainingPlans = new ArrayList<>();
    final List<EObject> goalSets = new ArrayList<>();
    /** What could not be generated and why, empty when everything was. */
    final List<String> missing = new ArrayList<>();
    int courses;
    int goals;

    TrainingAndGoals(Setup setup, Calendars calendars, int courseCount, int goalCount, Random random) {
        try {
            training(setup, calendars, courseCount, random);
        } catch (RuntimeException e) {
            trainingPlans.clear();
            missing.add(courseCount + " courses (training model: " + e.getMessage() + ")");
        }
        try {
            goals(setup, calendars, goalCount, random);
        } catch (RuntimeException e) {
            goalSets.clear();
            missing.add(goalCount + " goals (goals model: " + e.getMessage() + ")");
        }
    }

    private void training(Setup setup, Calendars calendars, int courseCount, Random random) {
        Model model = new Model(TRAINING);
        int perPlan = Math.max(1, courseCount / setup.lines.size());
        for (Setup.Line line : setup.lines) {
            EObject plan = model.create("TrainingPlan");
            model.set(plan, "name", line.name() + " training 2027");
            List<EObject> knowledge = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                EObject item = model.create("KnowledgeItem");
                model.set(item, "name", line.name() + " script " + (k + 1));
                model.set(item, "kind", model.literal("KnowledgeKind", k % 2 == 0 ? "script" : "faq"));
                model.set(item, "owner", "Knowledge team");
                model.set(item, "version", "1." + k);
                model.set(item, "approvalDate", LocalDate.of(2027, 1, 4));
                model.set(item, "text", "What to say when customers call about the offer.");
                model.list(plan, "knowledgeItems").add(item);
                knowledge.add(item);
            }
            List<Campaign> campaigns = campaignsOf(calendars.byLine.get(line.number()));
            for (int c = 0; c < perPlan; c++) {
                Campaign campaign = campaigns.get(random.nextInt(campaigns.size()));
                EObject course = model.create("Course");
                model.set(course, "name", "Preparing for " + campaign.getName());
                model.set(course, "objective", "Agents explain the offer and its terms.");
                model.set(course, "durationMinutes", 60 + 30 * random.nextInt(4));
                model.set(course, "delivery", model.literal("Delivery", c % 3 == 0 ? "classroom" : "virtual"));
                model.list(course, "preparesFor").add(campaign);
                model.list(course, "teaches").add(knowledge.get(c % knowledge.size()));
                LocalDate launch = campaign.getDrops().get(0).getDate();
                for (Queue queue : campaign.getQueues()) {
                    EObject audience = model.create("Audience");
                    model.set(audience, "queue", queue);
                    model.set(audience, "headcount", 20 + random.nextInt(40));
                    model.set(audience, "status", model.literal("CompletionStatus", "scheduled"));
                    model.list(course, "audiences").add(audience);
                    for (int s = 0; s < 3; s++) {
                        EObject session = model.create("Session");
                        model.set(session, "date", launch.minusDays(7 - s));
                        model.set(session, "startTime", LocalTime.of(9 + 2 * s, 0));
                        model.set(session, "lengthMinutes", 60);
                        model.set(session, "trainer", "Trainer " + (1 + random.nextInt(12)));
                        model.set(session, "capacity", 12 + random.nextInt(10));
                        model.set(session, "audience", audience);
                        model.list(course, "sessions").add(session);
                    }
                }
                model.list(plan, "courses").add(course);
                courses++;
            }
            assignIds(plan);
            trainingPlans.add(plan);
        }
    }

    private void goals(Setup setup, Calendars calendars, int goalCount, Random random) {
        Model model = new Model(GOALS);
        int perSet = Math.max(1, goalCount / setup.lines.size());
        String[] metrics = { "serviceLevel", "customerSatisfaction", "firstContactResolution", "abandonmentRate",
                "averageSpeedOfAnswer" };
        for (Setup.Line line : setup.lines) {
            EObject set = model.create("GoalSet");
            model.set(set, "name", line.name() + " service goals 2027");
            List<Campaign> campaigns = campaignsOf(calendars.byLine.get(line.number()));
            for (int g = 0; g < perSet; g++) {
                String metric = metrics[g % metrics.length];
                boolean lower = metric.equals("abandonmentRate") || metric.equals("averageSpeedOfAnswer");
                Queue queue = line.queues().get(g % line.queues().size());
                EObject goal = model.create("Goal");
                model.set(goal, "name", queue.getName() + " " + metric + " " + (g + 1));
                model.set(goal, "statement", (lower ? "Lower " : "Raise ") + metric + " of " + queue.getName()
                        + " by the end of the quarter.");
                model.set(goal, "metric", model.literal("Metric", metric));
                model.set(goal, "unit", metric.equals("averageSpeedOfAnswer") ? "s" : "%");
                model.set(goal, "direction", model.literal("Direction", lower ? "lower" : "raise"));
                model.set(goal, "baseline", lower ? 12.0 : 70.0);
                model.set(goal, "baselineDate", LocalDate.of(2027, 1, 1));
                model.set(goal, "baselineSource", "Q4 2026 report");
                model.set(goal, "target", lower ? 8.0 : 80.0);
                LocalDate start = LocalDate.of(2027, 1 + 3 * (g % 4), 1);
                model.set(goal, "startDate", start);
                model.set(goal, "deadline", start.plusMonths(3).minusDays(1));
                model.set(goal, "owner", queue.getName() + " team lead");
                model.list(goal, "queues").add(queue);
                if (g % 3 == 0) {
                    model.list(goal, "campaigns").add(campaigns.get(random.nextInt(campaigns.size())));
                }
                model.set(goal, "measurementSource", "ACD reports");
                model.set(goal, "measurementFrequency", model.literal("Frequency", "weekly"));
                for (int r = 0; r < 8; r++) {
                    EObject reading = model.create("Reading");
                    model.set(reading, "date", start.plusWeeks(r));
                    model.set(reading, "value", (lower ? 12.0 - r * 0.4 : 70.0 + r) + random.nextDouble());
                    model.list(goal, "readings").add(reading);
                }
                model.list(set, "goals").add(goal);
                goals++;
            }
            assignIds(set);
            goalSets.add(set);
        }
    }

    private static List<Campaign> campaignsOf(List<CampaignCalendar> calendars) {
        List<Campaign> campaigns = new ArrayList<>();
        calendars.forEach(c -> campaigns.addAll(c.getCampaigns()));
        return campaigns;
    }

    private static void assignIds(EObject root) {
        Ids.assignIfMissing(root);
        root.eAllContents().forEachRemaining(Ids::assignIfMissing);
    }

    /** One registered model, used by name; a missing class, feature or literal fails with its name. */
    private static final class Model {
        private final EPackage ePackage;

        Model(String nsUri) {
            ePackage = EPackage.Registry.INSTANCE.getEPackage(nsUri);
            if (ePackage == null) {
                throw new IllegalStateException("no package " + nsUri + " is installed");
            }
        }

        EObject create(String className) {
            if (!(ePackage.getEClassifier(className) instanceof EClass eClass)) {
                throw new IllegalStateException("no class " + className);
            }
            return ePackage.getEFactoryInstance().create(eClass);
        }

        Object literal(String enumName, String literal) {
            if (!(ePackage.getEClassifier(enumName) instanceof EEnum eEnum) || eEnum.getEEnumLiteral(literal) == null) {
                throw new IllegalStateException("no literal " + enumName + "." + literal);
            }
            return eEnum.getEEnumLiteral(literal).getInstance();
        }

        void set(EObject object, String featureName, Object value) {
            object.eSet(feature(object, featureName), value);
        }

        @SuppressWarnings("unchecked")
        EList<Object> list(EObject object, String featureName) {
            return (EList<Object>) object.eGet(feature(object, featureName));
        }

        private static EStructuralFeature feature(EObject object, String name) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
            if (feature == null) {
                throw new IllegalStateException("no feature " + object.eClass().getName() + "." + name);
            }
            return feature;
        }
    }
}
