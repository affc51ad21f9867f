package tandem.checks.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Drop;
import tandem.core.documents.Ids;
import tandem.core.model.Queue;
import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.Input;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Message;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.Route;

/**
 * IVR scripts of the benchmark, each of exactly the given number of nodes: a route per queue of the business line,
 * one entry point per campaign of the script (a prompt naming the campaign, an opening-hours check, the route to its
 * queue; about one in twenty goes live after the campaign's first drop), and as many service lines as fit: an
 * entry point, an opening-hours check whose closed branch says so, a welcome prompt and three levels of menus with
 * four options and key 0 for an agent, the leaves asking for the account number before the route. Every menu and
 * input sends callers it does not understand to an agent.
 */
final class IvrScripts {

    private static final IvrFactory IVR = IvrFactory.eINSTANCE;
    private static final int OPTIONS = 4;
    private static final String[] TOPICS = { "bills", "payments", "your contract", "moving home", "a fault",
            "new products", "your order", "returns" };

    final List<IvrScript> scripts = new ArrayList<>();

    IvrScripts(Setup setup, Calendars calendars, int scriptCount, int nodesPerScript, Random random) {
        int perLine = Math.max(1, scriptCount / setup.lines.size());
        for (int s = 0; s < scriptCount; s++) {
            Setup.Line line = setup.lines.get(s / perLine % setup.lines.size());
            List<Campaign> campaigns = new ArrayList<>();
            int index = 0;
            for (var calendar : calendars.byLine.get(line.number())) {
                for (Campaign campaign : calendar.getCampaigns()) {
                    if (index++ % perLine == s % perLine) {
                        campaigns.add(campaign);
                    }
                }
            }
            scripts.add(new Builder(line, s + 1, nodesPerScript, random).build(campaigns));
        }
    }

    /** Builds one script within its budget of nodes. */
    private static final class Builder {
        final Setup.Line line;
        final IvrScript script = IVR.createIvrScript();
        final Map<Queue, Route> routes = new HashMap<>();
        final Random random;
        int budget;
        Route agent;
        Disconnect goodbye;
        Message closed;

        Builder(Setup.Line line, int number, int nodes, Random random) {
            this.line = line;
            this.random = random;
            this.budget = nodes;
            script.setName(line.name() + " IVR " + number);
            script.setLanguage("en");
        }

        IvrScript build(List<Campaign> campaigns) {
            for (Queue queue : line.queues()) {
                routes.put(queue, add(IVR.createRoute(), queue.getName()));
                routes.get(queue).setQueue(queue);
            }
            agent = routes.get(line.queues().get(0));
            goodbye = add(IVR.createDisconnect(), "Goodbye");
            closed = add(IVR.createMessage(), "Closed");
            closed.setText("We are closed. Please call again during our opening hours.");
            closed.setNext(goodbye);

            List<Prompt> welcomes = new ArrayList<>();
            for (Campaign campaign : campaigns) {
                if (budget >= 2) {
                    welcomes.add(campaignEntry(campaign));
                }
            }
            int lineNumber = 0;
            while (budget >= 8) {
                serviceLine(++lineNumber);
            }
            // Whatever is left: offer details played on the campaign lines.
            for (int i = 0; budget > 0 && !welcomes.isEmpty(); i++) {
                Prompt welcome = welcomes.get(i % welcomes.size());
                Message details = add(IVR.createMessage(), welcome.getName() + " details " + (i + 1));
                details.setText("Terms and conditions apply.");
                details.setNext(welcome.getNext());
                welcome.setNext(details);
            }
            Ids.assignIfMissing(script);
            script.getEntryPoints().forEach(Ids::assignIfMissing);
            return script;
        }

        private Prompt campaignEntry(Campaign campaign) {
            Queue queue = campaign.getQueues().get(0);
            HoursCheck hours = add(IVR.createHoursCheck(), campaign.getName() + " hours");
            hours.setQueue(queue);
            hours.setOpen(routes.get(queue));
            hours.setClosed(closed);
            Prompt welcome = add(IVR.createPrompt(), campaign.getName());
            welcome.setText("Thank you for calling about the " + campaign.getName() + ". "
                    + campaign.getOffer().getDescription() + ".");
            welcome.setNext(hours);
            EntryPoint entry = IVR.createEntryPoint();
            entry.setName(campaign.getName());
            entry.setNumber("+49 800 " + (1_000_000 + random.nextInt(9_000_000)));
            entry.setCampaign(campaign);
            entry.setCampaignCode(campaign.getCampaignCode());
            Drop first = campaign.getDrops().get(0);
            entry.setLiveFrom(random.nextInt(20) == 0 ? first.getDate().plusDays(3) : first.getDate().minusDays(2));
            entry.setFirstNode(welcome);
            script.getEntryPoints().add(entry);
            return welcome;
        }

        /** An entry point with its opening-hours check, welcome and menu tree, as far as the budget goes. */
        private void serviceLine(int number) {
            HoursCheck hours = add(IVR.createHoursCheck(), "Line " + number + " hours");
            hours.setQueue(agent.getQueue());
            Prompt welcome = add(IVR.createPrompt(), "Line " + number + " welcome");
            welcome.setText("Welcome to " + line.name() + ". Calls may be recorded for training.");
            Message closedHere = add(IVR.createMessage(), "Line " + number + " closed");
            closedHere.setText("Our " + line.name() + " line is closed. Our opening hours are on our website.");
            closedHere.setNext(goodbye);
            hours.setOpen(welcome);
            hours.setClosed(closedHere);
            Menu main = menu("Line " + number + " main menu");
            welcome.setNext(main);
            for (int a = 1; a <= OPTIONS && budget >= 4; a++) {
                Menu second = menu("Line " + number + " menu " + a);
                option(main, a, second);
                for (int b = 1; b <= OPTIONS && budget >= 3; b++) {
                    Menu third = menu("Line " + number + " menu " + a + "." + b);
                    option(second, b, third);
                    for (int c = 1; c <= OPTIONS && budget >= 2; c++) {
                        option(third, c, leaf("Line " + number + " option " + a + "." + b + "." + c));
                    }
                }
            }
            EntryPoint entry = IVR.createEntryPoint();
            entry.setName(line.name() + " line " + number);
            entry.setNumber("+49 30 " + (1_000_000 + random.nextInt(9_000_000)));
            entry.setFirstNode(hours);
            script.getEntryPoints().add(entry);
        }

        private Menu menu(String name) {
            Menu menu = add(IVR.createMenu(), name);
            menu.setPromptText("For " + TOPICS[random.nextInt(TOPICS.length)] + " press 1, for "
                    + TOPICS[random.nextInt(TOPICS.length)] + " press 2, for an agent press 0.");
            handleFailures(menu);
            MenuOption zero = IVR.createMenuOption();
            zero.setKey("0");
            zero.setTarget(agent);
            menu.getOptions().add(zero);
            return menu;
        }

        private static void option(Menu menu, int key, Node target) {
            MenuOption option = IVR.createMenuOption();
            option.setKey(Integer.toString(key));
            option.setTarget(target);
            menu.getOptions().add(option);
        }

        /** "You chose ..." and the account number, then the route to one of the line's queues. */
        private Prompt leaf(String name) {
            Prompt prompt = add(IVR.createPrompt(), name);
            prompt.setText("Thank you. We will put you through to the right team.");
            Input account = add(IVR.createInput(), name + " account");
            account.setPromptText("Please enter your account number followed by the hash key.");
            account.setVariable("account");
            account.setMinLength(6);
            account.setMaxLength(10);
            handleFailures(account);
            account.setNext(routes.get(line.queues().get(random.nextInt(Setup.PHONE_QUEUES_PER_LINE))));
            prompt.setNext(account);
            return prompt;
        }

        private void handleFailures(CallerInputNode node) {
            node.setNoMatch(retry());
            node.setNoInput(retry());
        }

        private RetryHandler retry() {
            RetryHandler handler = IVR.createRetryHandler();
            handler.setRetries(2);
            handler.setRepromptText("Sorry, I did not get that.");
            handler.setFinalAction(agent);
            return handler;
        }

        private <T extends Node> T add(T node, String name) {
            node.setName(name);
            script.getNodes().add(node);
            Ids.assignIfMissing(node);
            budget--;
            return node;
        }
    }
}
