package tandem.checks.quickfixchecklist.ivr;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.checks.Finding;
import tandem.checks.PlanSet;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.Queue;
import tandem.ivr.model.IvrPackage.Literals;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;
import tandem.ivr.model.Route;
import tandem.ivr.model.flow.Routes;

/**
 * The queue callers go to when the IVR cannot help them. It is looked up in the contact-center setup that the
 * script's routes use (or, when no route names a queue yet, in every setup among the checked plans): the first
 * queue whose name or skill contains the word "general", else the first phone queue. Checks put it into a
 * finding's data, so that the fix's label can name it and the fix finds it again in the editor's resources.
 */
final class GeneralQueue {

    /** Finding data: the queue's URI. */
    static final String QUEUE = "queue";
    /** Finding data: the queue's name, for labels. */
    static final String QUEUE_NAME = "queueName";

    private static final Pattern GENERAL = Pattern.compile("\\bgeneral\\b", Pattern.CASE_INSENSITIVE);

    private final PlanSet plans;
    private final Map<IvrScript, Optional<Queue>> byScript = new HashMap<>();

    GeneralQueue(PlanSet plans) {
        this.plans = plans;
    }

    /** The general queue for a script, if its setup has one. */
    Optional<Queue> of(IvrScript script) {
        return byScript.computeIfAbsent(script, this::find);
    }

    /** The finding data naming the general queue of the script holding the element (empty without one). */
    Map<String, String> dataFor(EObject element) {
        IvrScript script = Scripts.of(element);
        Map<String, String> data = new HashMap<>();
        if (script != null) {
            of(script).ifPresent(queue -> {
                data.put(QUEUE, EcoreUtil.getURI(queue).toString());
                data.put(QUEUE_NAME, queue.getName() == null ? "(unnamed)" : queue.getName());
            });
        }
        return data;
    }

    private Optional<Queue> find(IvrScript script) {
        Set<ContactCenter> setups = new LinkedHashSet<>();
        for (Node node : script.getNodes()) {
            if (node instanceof Route route && route.getQueue() != null && !route.getQueue().eIsProxy()
                    && route.getQueue().eContainer() instanceof ContactCenter setup) {
                setups.add(setup);
            }
        }
        if (setups.isEmpty()) {
            setups.addAll(plans.all(ContactCenter.class));
        }
        List<Queue> queues = setups.stream().flatMap(setup -> setup.getQueues().stream()).toList();
        return queues.stream().filter(GeneralQueue::isGeneral).findFirst()
                .or(() -> queues.stream().filter(queue -> queue.getChannel() == Channel.PHONE).findFirst());
    }

    private static boolean isGeneral(Queue queue) {
        return matches(queue.getName()) || matches(queue.getSkill());
    }

    private static boolean matches(String text) {
        return text != null && GENERAL.matcher(text).find();
    }

    /** Whether a finding names a general queue (the fixes that route to it apply only then). */
    static boolean isNamedIn(Finding finding) {
        return finding.data().containsKey(QUEUE);
    }

    /** The finding's general queue, resolved in the editing domain's resources; {@code null} when it is gone. */
    static Queue resolve(EditingDomain domain, Finding finding) {
        return finding.resolve(QUEUE, domain.getResourceSet(), Queue.class).orElse(null);
    }

    /**
     * The script's route to the queue: an existing one, or a new one that the command adds to the script.
     */
    static Route routeTo(Queue queue, IvrScript script, EditingDomain domain, CompoundCommand command) {
        Route route = Routes.toQueue(script, queue);
        if (route.eContainer() == null) {
            command.append(AddCommand.create(domain, script, Literals.IVR_SCRIPT__NODES, route));
        }
        return route;
    }
}
