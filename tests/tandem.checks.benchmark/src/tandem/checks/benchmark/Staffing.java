package tandem.checks.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.lift.DailyLift;
import tandem.core.documents.Ids;
import tandem.core.model.Channel;
import tandem.core.model.Queue;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.plans.StaffingPlans;

/**
 * Staffing plans of the benchmark: one per queue for the year 2027 in 15-minute intervals (35,040 rows), linked to
 * the calendars of the queue's business line. The baseline follows a daily hump over the open hours with a
 * seasonal swell; the schedule is what square-root staffing gives for the baseline plus the campaigns' lift, except
 * in about one plan in seven, whose planner forgot the campaigns. A few plans lack a shrinkage or an AHT, or have an
 * implausible one.
 */
final class Staffing {

    static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);
    private static final int SLOTS = 96;

    final List<StaffingPlan> plans = new ArrayList<>();

    Staffing(Setup setup, Calendars calendars, int planCount, Random random) {
        List<DailyLift> lifts = new ArrayList<>();
        for (List<CampaignCalendar> ofLine : calendars.byLine) {
            List<Campaign> campaigns = new ArrayList<>();
            ofLine.forEach(c -> campaigns.addAll(c.getCampaigns()));
            lifts.add(ContactLift.of(campaigns, FIRST_DAY, LAST_DAY));
        }
        List<Queue> queues = setup.lines.stream().flatMap(l -> l.queues().stream()).toList();
        for (int p = 0; p < planCount; p++) {
            Queue queue = queues.get(p % queues.size());
            Setup.Line line = setup.lines.get(p % queues.size() / Setup.QUEUES_PER_LINE);
            plans.add(plan(p, queue, line, calendars.byLine.get(line.number()), lifts.get(line.number()), random));
        }
    }

    private static StaffingPlan plan(int number, Queue queue, Setup.Line line, List<CampaignCalendar> calendars,
            DailyLift lift, Random random) {
        StaffingPlan plan = StaffingPlans.create(queue.getName() + " 2027", queue, 15, FIRST_DAY, LAST_DAY);
        Channel channel = queue.getChannel();
        plan.setServiceLevelShare(channel == Channel.EMAIL ? 0.9 : 0.8);
        plan.setAnswerWithinSeconds(channel == Channel.PHONE ? 20 : channel == Channel.CHAT ? 60 : 14_400);
        plan.setOccupancyCap(number % 2 == 0 ? 0.85 : 0.9);
        double shrinkage = 0.25 + random.nextInt(11) / 100.0;
        plan.setShrinkage(shrinkage);
        plan.setAhtSeconds(channel == Channel.PHONE ? 240 + random.nextInt(180) : 300 + random.nextInt(300));
        if (channel == Channel.PHONE && number % 10 == 3) {
            plan.setAveragePatienceSeconds(90.0 + random.nextInt(90));
        }
        plan.getCampaignCalendars().addAll(calendars);
        boolean forgetsCampaigns = number % 7 == 5;
        double dailyVolume = channel == Channel.PHONE ? 800 + random.nextInt(2_200) : 200 + random.nextInt(600);

        List<StaffingInterval> rows = plan.getIntervals();
        for (int d = 0; d * SLOTS < rows.size(); d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            double[] weights = new double[SLOTS];
            double total = 0;
            int open = 0;
            for (int slot = 0; slot < SLOTS; slot++) {
                if (line.isOpen(day.getDayOfWeek(), slot)) {
                    open++;
                }
            }
            int seen = 0;
            for (int slot = 0; slot < SLOTS; slot++) {
                if (line.isOpen(day.getDayOfWeek(), slot)) {
                    weights[slot] = 0.4 + Math.sin(Math.PI * (seen + 0.5) / open) * (0.9 + 0.2 * random.nextDouble());
                    total += weights[slot];
                    seen++;
                }
            }
            double season = 1 + 0.2 * Math.sin(2 * Math.PI * d / 365.0);
            double weekday = day.getDayOfWeek().getValue() >= 6 ? 0.5 : 1;
            double liftPerSlot = forgetsCampaigns || open == 0 ? 0 : lift.contacts(queue, day) / open;
            for (int slot = 0; slot < SLOTS; slot++) {
                StaffingInterval row = rows.get(d * SLOTS + slot);
                if (weights[slot] == 0) {
                    continue;
                }
                double baseline = Math.round(dailyVolume * season * weekday * weights[slot] / total * 10) / 10.0;
                row.setBaseline(baseline);
                double traffic = (baseline + liftPerSlot) * plan.getAhtSeconds() / 900;
                double agents = Math.max(traffic / plan.getOccupancyCap(), traffic + 1.3 * Math.sqrt(traffic) + 1);
                row.setScheduled((int) Math.ceil(agents / (1 - shrinkage)));
            }
        }
        // A few plans with the mistakes the quick-fix checks look for.
        if (number % 50 == 7) {
            plan.setShrinkage(0);
        } else if (number % 50 == 21) {
            plan.setShrinkage(0.75);
        } else if (number % 100 == 42) {
            plan.setAhtSeconds(0);
        }
        Ids.assignIfMissing(plan);
        return plan;
    }
}
