package tandem.campaign.model.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.campaign.model.lift.ContactLift;
import tandem.campaign.model.lift.DailyLift;
import tandem.core.model.Channel;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;

/**
 * Plain timed harness for {@link ContactLift}: 2,000 campaigns over a year (each 2 to 6 drops with a 7-day profile,
 * half of them split over phone and chat, 1 to 3 of 40 queues), lift computed for the whole year, then read back
 * day by day for every queue as a check would.
 * <p>
 * Run: {@code java -cp <classes and EMF jars> tandem.campaign.model.bench.ContactLiftBenchmark [runs] [seed]}.
 * Target: a year of 2,000 campaigns in well under 100 ms.
 */
public final class ContactLiftBenchmark {

    private static final int CAMPAIGNS = 2_000;
    private static final int QUEUES = 40;
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private ContactLiftBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20260301L;
        List<Campaign> campaigns = campaigns(new Random(seed));
        long drops = campaigns.stream().mapToLong(c -> c.getDrops().size()).sum();
        System.out.printf("ContactLift benchmark: %,d campaigns, %,d drops, %d queues, %s to %s%n", CAMPAIGNS, drops,
                QUEUES, FROM, TO);
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            double checksum = runOnce(campaigns);
            System.out.printf("warm-up %d: %8.1f ms (checksum %.0f contacts)%n", i + 1, (System.nanoTime() - t0) / 1e6,
                    checksum);
        }
        double[] compute = new double[runs];
        double[] readBack = new double[runs];
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            DailyLift lift = ContactLift.of(campaigns, FROM, TO);
            long t1 = System.nanoTime();
            double sum = readAll(lift);
            long t2 = System.nanoTime();
            compute[run] = (t1 - t0) / 1e6;
            readBack[run] = (t2 - t1) / 1e6;
            if (sum <= 0) {
                throw new IllegalStateException("no contacts");
            }
        }
        Arrays.sort(compute);
        Arrays.sort(readBack);
        System.out.printf("compute a year:       median %8.1f ms, best %8.1f ms, worst %8.1f ms (%d runs)%n",
                compute[runs / 2], compute[0], compute[runs - 1], runs);
        System.out.printf("read every queue-day: median %8.1f ms, best %8.1f ms, worst %8.1f ms%n", readBack[runs / 2],
                readBack[0], readBack[runs - 1]);
    }

    private static double runOnce(List<Campaign> campaigns) {
        return readAll(ContactLift.of(campaigns, FROM, TO));
    }

    private static double readAll(DailyLift lift) {
        double sum = 0;
        for (Queue queue : lift.queues()) {
            for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
                sum += lift.contacts(queue, day);
            }
        }
        return sum;
    }

    private static List<Campaign> campaigns(Random random) {
        CampaignFactory factory = CampaignFactory.eINSTANCE;
        List<Queue> queues = new ArrayList<>();
        for (int i = 0; i < QUEUES; i++) {
            Queue queue = CoreFactory.eINSTANCE.createQueue();
            queue.setName("Queue " + i);
            queue.setChannel(i % 4 == 0 ? Channel.CHAT : Channel.PHONE);
            queues.add(queue);
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (int c = 0; c < CAMPAIGNS; c++) {
            Campaign campaign = factory.createCampaign();
            campaign.setName("Campaign " + c);
            LocalDate start = FROM.plusDays(random.nextInt(330));
            campaign.setStartDate(start);
            campaign.setEndDate(start.plusDays(28));
            for (int q = 1 + random.nextInt(3); q > 0; q--) {
                Queue queue = queues.get(random.nextInt(QUEUES));
                if (!campaign.getQueues().contains(queue)) {
                    campaign.getQueues().add(queue);
                }
            }
            for (int d = 2 + random.nextInt(5); d > 0; d--) {
                Drop drop = factory.createDrop();
                drop.setDate(start.plusDays(random.nextInt(28)));
                drop.setAudienceSize(10_000 + random.nextInt(200_000));
                drop.setResponseRate(0.005 + random.nextDouble() * 0.03);
                drop.getDailyShares().addAll(List.of(0.35, 0.25, 0.15, 0.1, 0.07, 0.05, 0.03));
                if (random.nextBoolean()) {
                    drop.getChannelShares().add(share(Channel.PHONE, 0.7));
                    drop.getChannelShares().add(share(Channel.CHAT, 0.3));
                }
                campaign.getDrops().add(drop);
            }
            campaigns.add(campaign);
        }
        return campaigns;
    }

    private static ChannelShare share(Channel channel, double value) {
        ChannelShare share = CampaignFactory.eINSTANCE.createChannelShare();
        share.setChannel(channel);
        share.setShare(value);
        return share;
    }
}
