package tandem.samples.internal;

import static tandem.samples.internal.SampleIds.named;

import java.time.LocalDate;

import tandem.campaign.model.Campaign;
import tandem.core.model.Queue;
import tandem.ivr.model.Disconnect;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Message;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.Route;
import tandem.ivr.model.SelfService;

/**
 * Meadowlark's IVR: the main number (opening hours, a main menu and a billing menu) and one number per spring
 * campaign that greets callers with the offer and puts them through to the campaign's queue. Every way to an agent
 * checks the opening hours first and tells callers when the center is closed; key 0 reaches an agent on every menu.
 * <p>
 * Deliberately wrong: the billing menu hangs up on callers it has not understood twice.
 */
final class MainLineIvr {

    final IvrScript script;

    private final MeadowlarkSetup setup;
    private final Message closed;
    private final Message holiday;

    MainLineIvr(MeadowlarkSetup setup, SpringCalendar spring) {
        this.setup = setup;
        IvrFactory factory = IvrFactory.eINSTANCE;
        script = named(factory.createIvrScript(), "main-line", "Main line");
        script.setLanguage("en");
        script.setDescription("What callers hear on Meadowlark's numbers before they reach an agent.");

        Disconnect goodbye = node(factory.createDisconnect(), "goodbye", "Goodbye");
        closed = node(factory.createMessage(), "closed", "Closed");
        closed.setText("Thank you for calling Meadowlark Mobile. We are closed now. We are open Monday to Friday"
                + " from 8 am to 8 pm and on Saturdays from 9 am to 2 pm.");
        closed.setNext(goodbye);
        holiday = node(factory.createMessage(), "holiday", "Holiday");
        holiday.setText("Thank you for calling Meadowlark Mobile. We are closed for the public holiday today and"
                + " will be glad to help you tomorrow.");
        holiday.setNext(goodbye);

        Route sales = route("sales", setup.sales);
        Route general = route("general", setup.general);

        Menu billingMenu = node(factory.createMenu(), "billing-menu", "Billing menu");
        SelfService payBill = node(factory.createSelfService(), "pay-bill", "Pay bill");
        payBill.setTask("payBill");
        billingMenu.setPromptText("To pay your bill, press 1. For questions about your bill, press 2. To speak to an"
                + " agent, press 0.");
        billingMenu.getOptions().add(option("1", "pay, pay my bill", payBill));
        billingMenu.getOptions().add(option("2", "bill, question, invoice", general));
        billingMenu.getOptions().add(option("0", "agent, representative", general));
        billingMenu.setNoMatch(retry("Sorry, I did not get that. To pay your bill, press 1. For questions, press 2.",
                goodbye));
        billingMenu.setNoInput(retry("Are you still there? To pay your bill, press 1. For questions, press 2.",
                general));

        Menu mainMenu = node(factory.createMenu(), "main-menu", "Main menu");
        mainMenu.setPromptText("For sales and our spring offers, press 1. For your bill, press 2. For anything else,"
                + " press 3. To speak to an agent, press 0.");
        mainMenu.getOptions().add(option("1", "sales, offers, upgrade", sales));
        mainMenu.getOptions().add(option("2", "bill, billing, payment", billingMenu));
        mainMenu.getOptions().add(option("3", "something else, other", general));
        mainMenu.getOptions().add(option("0", "agent, representative, operator", general));
        mainMenu.setNoMatch(retry("Sorry, I did not get that. For sales, press 1. For your bill, press 2. For an"
                + " agent, press 0.", general));
        mainMenu.setNoInput(retry("Are you still there? For sales, press 1. For your bill, press 2. For an agent,"
                + " press 0.", general));

        Prompt welcome = node(factory.createPrompt(), "welcome", "Welcome");
        welcome.setText("Thank you for calling Meadowlark Mobile.");
        welcome.setNext(mainMenu);

        EntryPoint main = named(factory.createEntryPoint(), "main-number", "Main number");
        main.setNumber("+1 800 555 0100");
        main.setFirstNode(hoursCheck("main-hours", "Opening hours", welcome));
        script.getEntryPoints().add(main);

        campaignLine(spring.springUpgrade, "spring-upgrade", "+1 800 555 0127", LocalDate.of(2027, 3, 8),
                "Thanks for calling about the Spring Upgrade: half price on the new Meadow X phone with any 5G plan."
                        + " Let's get you to our sales team.",
                sales, spring.springUpgrade.getCampaignCode());
        campaignLine(spring.giveaway, "earbuds-giveaway", "+1 800 555 0133", LocalDate.of(2027, 4, 19),
                "Thanks for calling about the Earbuds Giveaway: free wireless earbuds when you renew your plan."
                        + " One moment while we connect you.",
                general, spring.giveaway.getCampaignCode());
        campaignLine(spring.flashSale, "easter-flash-sale", "+1 800 555 0142", SpringCalendar.FLASH_SALE_LAUNCH,
                "Thanks for calling about the Easter Flash Sale: 30% off all accessories for 48 hours.",
                sales, spring.flashSale.getCampaignCode());
    }

    /** A number for one campaign: opening hours, a prompt about the offer, then the campaign's queue. */
    private void campaignLine(Campaign campaign, String slug, String number, LocalDate liveFrom, String text,
            Route route, String code) {
        Prompt offer = node(IvrFactory.eINSTANCE.createPrompt(), slug + "-welcome", campaign.getName() + " welcome");
        offer.setText(text);
        offer.setNext(route);
        EntryPoint entry = named(IvrFactory.eINSTANCE.createEntryPoint(), slug, campaign.getName() + " line");
        entry.setNumber(number);
        entry.setCampaign(campaign);
        entry.setCampaignCode(code);
        entry.setLiveFrom(liveFrom);
        entry.setFirstNode(hoursCheck(slug + "-hours", campaign.getName() + " opening hours", offer));
        script.getEntryPoints().add(entry);
    }

    private HoursCheck hoursCheck(String slug, String name, Node open) {
        HoursCheck check = node(IvrFactory.eINSTANCE.createHoursCheck(), slug, name);
        check.setOpeningHours(setup.hours);
        check.setOpen(open);
        check.setClosed(closed);
        check.setHoliday(holiday);
        return check;
    }

    private Route route(String slug, Queue queue) {
        Route route = node(IvrFactory.eINSTANCE.createRoute(), slug, queue.getName());
        route.setQueue(queue);
        return route;
    }

    private <T extends Node> T node(T node, String slug, String name) {
        named(node, slug, name);
        script.getNodes().add(node);
        return node;
    }

    private static MenuOption option(String key, String phrases, Node target) {
        MenuOption option = IvrFactory.eINSTANCE.createMenuOption();
        option.setKey(key);
        option.setPhrases(phrases);
        option.setTarget(target);
        return option;
    }

    /** Two retries with a re-prompt, then the final action. */
    private static RetryHandler retry(String reprompt, Node finalAction) {
        RetryHandler handler = IvrFactory.eINSTANCE.createRetryHandler();
        handler.setRetries(2);
        handler.setRepromptText(reprompt);
        handler.setFinalAction(finalAction);
        return handler;
    }
}
