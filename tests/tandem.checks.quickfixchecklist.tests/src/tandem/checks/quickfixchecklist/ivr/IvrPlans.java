package tandem.checks.quickfixchecklist.ivr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.core.documents.Ids;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;
import tandem.ivr.model.CallerInputNode;
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
 * Small plans for the oracle tests, built in memory: a contact-center setup (acme.center) and an IVR script
 * (acme.ivr) in one resource set, as the checks see them.
 */
final class IvrPlans {

    private static final IvrFactory IVR = IvrFactory.eINSTANCE;

    final ResourceSet set = PlanDocuments.createResourceSet();
    final ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
    final IvrScript script = IVR.createIvrScript();

    IvrPlans() {
        center.setName("Acme");
        set.createResource(URI.createFileURI("/plans/acme.center")).getContents().add(center);
        script.setName("Acme main line");
        set.createResource(URI.createFileURI("/plans/acme.ivr")).getContents().add(script);
    }

    Queue queue(String name, Channel channel, String skill) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        queue.setChannel(channel);
        queue.setSkill(skill);
        center.getQueues().add(queue);
        Ids.assignIfMissing(queue);
        return queue;
    }

    /** Opening hours from day slots such as {@code "monday 08:00 18:00"}. */
    OpeningHours hours(String name, String... slots) {
        OpeningHours hours = CoreFactory.eINSTANCE.createOpeningHours();
        hours.setName(name);
        for (String slot : slots) {
            String[] parts = slot.split(" ");
            WeeklyHours weekly = CoreFactory.eINSTANCE.createWeeklyHours();
            weekly.setDay(Weekday.get(parts[0]));
            weekly.setOpens(LocalTime.parse(parts[1]));
            weekly.setCloses(LocalTime.parse(parts[2]));
            hours.getWeeklyHours().add(weekly);
        }
        center.getOpeningHours().add(hours);
        Ids.assignIfMissing(hours);
        return hours;
    }

    /** Monday to Friday 08:00 to 18:00. */
    OpeningHours officeHours() {
        return hours("Office hours", "monday 08:00 18:00", "tuesday 08:00 18:00", "wednesday 08:00 18:00",
                "thursday 08:00 18:00", "friday 08:00 18:00");
    }

    EntryPoint entry(String name, Node first) {
        EntryPoint entry = IVR.createEntryPoint();
        entry.setName(name);
        entry.setNumber("+49 30 1234567");
        entry.setFirstNode(first);
        script.getEntryPoints().add(entry);
        Ids.assignIfMissing(entry);
        return entry;
    }

    Route route(String name, Queue queue) {
        Route route = node(IVR.createRoute(), name);
        route.setQueue(queue);
        return route;
    }

    Menu menu(String name) {
        Menu menu = node(IVR.createMenu(), name);
        menu.setPromptText(name + ": make your choice.");
        return menu;
    }

    MenuOption option(Menu menu, String key, Node target) {
        MenuOption option = IVR.createMenuOption();
        option.setKey(key);
        option.setTarget(target);
        menu.getOptions().add(option);
        return option;
    }

    /** No-match and no-input handling of the menu or input, with two retries each. */
    void onFailure(CallerInputNode node, Node noMatch, Node noInput) {
        node.setNoMatch(retry(noMatch));
        node.setNoInput(retry(noInput));
    }

    private static RetryHandler retry(Node finalAction) {
        RetryHandler handler = IVR.createRetryHandler();
        handler.setRetries(2);
        handler.setRepromptText("Sorry, please try again.");
        handler.setFinalAction(finalAction);
        return handler;
    }

    Prompt prompt(String name, String text, Node next) {
        Prompt prompt = node(IVR.createPrompt(), name);
        prompt.setText(text);
        prompt.setNext(next);
        return prompt;
    }

    Message message(String name, String text, Node next) {
        Message message = node(IVR.createMessage(), name);
        message.setText(text);
        message.setNext(next);
        return message;
    }

    Disconnect disconnect(String name) {
        return node(IVR.createDisconnect(), name);
    }

    SelfService selfService(String name, String task) {
        SelfService service = node(IVR.createSelfService(), name);
        service.setTask(task);
        return service;
    }

    HoursCheck hoursCheck(String name, Queue queue, Node open, Node closed) {
        HoursCheck check = node(IVR.createHoursCheck(), name);
        check.setQueue(queue);
        check.setOpen(open);
        check.setClosed(closed);
        return check;
    }

    private <T extends Node> T node(T node, String name) {
        node.setName(name);
        script.getNodes().add(node);
        Ids.assignIfMissing(node);
        return node;
    }

    /** The script as it would be saved, to compare the model before a fix and after its Undo. */
    String savedScript() {
        return saved(script.eResource());
    }

    private static String saved(Resource resource) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
