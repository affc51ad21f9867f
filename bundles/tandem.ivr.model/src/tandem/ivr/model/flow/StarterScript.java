package tandem.ivr.model.flow;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.Route;

/**
 * A small script to start from: a welcome prompt, then a main menu where 1 goes to billing and 0 to an agent, and
 * callers who are not understood or say nothing are asked again twice and then put through to an agent.
 */
public final class StarterScript {

    private StarterScript() {
    }

    public static IvrScript create(String name) {
        IvrFactory factory = IvrFactory.eINSTANCE;
        IvrScript script = factory.createIvrScript();
        script.setName(name);

        Route billing = factory.createRoute();
        billing.setName("Billing");
        Route agent = factory.createRoute();
        agent.setName("Agent");

        Menu menu = factory.createMenu();
        menu.setName("Main menu");
        menu.setPromptText("For billing, press 1 or say billing. To speak to an agent, press 0 or say agent.");
        menu.getOptions().add(option("1", "billing, bill, invoice", billing));
        menu.getOptions().add(option("0", "agent, representative, operator", agent));
        menu.setNoMatch(retry("Sorry, I did not get that. For billing, press 1. For an agent, press 0.", agent));
        menu.setNoInput(retry("Are you still there? For billing, press 1. For an agent, press 0.", agent));

        Prompt welcome = factory.createPrompt();
        welcome.setName("Welcome");
        welcome.setText("Thank you for calling " + name + ".");
        welcome.setNext(menu);

        EntryPoint main = factory.createEntryPoint();
        main.setName("Main number");
        main.setFirstNode(welcome);

        script.getEntryPoints().add(main);
        script.getNodes().add(welcome);
        script.getNodes().add(menu);
        script.getNodes().add(billing);
        script.getNodes().add(agent);
        return script;
    }

    /** No-match or no-input handling with two retries, the given re-prompt, then the final action. */
    public static RetryHandler retry(String reprompt, tandem.ivr.model.Node finalAction) {
        RetryHandler handler = IvrFactory.eINSTANCE.createRetryHandler();
        handler.setRetries(2);
        handler.setRepromptText(reprompt);
        handler.setFinalAction(finalAction);
        return handler;
    }

    private static MenuOption option(String key, String phrases, tandem.ivr.model.Node target) {
        MenuOption option = IvrFactory.eINSTANCE.createMenuOption();
        option.setKey(key);
        option.setPhrases(phrases);
        option.setTarget(target);
        return option;
    }
}
