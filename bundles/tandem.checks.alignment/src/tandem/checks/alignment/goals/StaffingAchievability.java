package tandem.checks.alignment.goals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import tandem.checks.alignment.goals.GoalStaffing.PlanResult;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;
import tandem.core.model.Queue;
import tandem.goals.model.Goal;
import tandem.goals.model.smart.AchievabilityCheck;
import tandem.staffing.model.StaffingPlan;
import tandem.staffing.model.forecast.ScheduledService.Delivered;
import tandem.staffing.model.forecast.StaffingForecast;

/**
 * The goal-versus-staffing test of {@link GoalStaffingCheck} as an {@link AchievabilityCheck}, so that the goals
 * editor's SMART panel fails <em>Achievable</em> for a goal the schedule does not deliver. Registered as an OSGi
 * Declarative Services component ({@code OSGI-INF/staffing-achievability.xml}).
 * <p>
 * The staffing plans are those loaded with the goal (as when all plans of a folder are checked together), or else
 * the staffing plan files of the goal's project (the first segment of a {@code platform:/resource} URI) or folder
 * (for a {@code file:} URI): read from disk, kept while no such file changes (by modification time and size), and
 * never from outside that folder. A file that cannot be read is skipped; the checks report it.
 */
public class StaffingAchievability implements AchievabilityCheck {

    private static final String STAFFING = "staffing";

    /** The staffing plans read for one folder, with the stamps of their files. */
    private record Folder(Map<Path, List<Object>> stamps, List<StaffingPlan> plans) {
    }

    private final Map<URI, Folder> folders = new HashMap<>();

    @Override
    public Optional<String> problem(Goal goal, LocalDate today) {
        GoalMetric metric = GoalMetric.of(goal);
        if (metric == null) {
            return Optional.empty();
        }
        Set<URI> queues = new HashSet<>();
        for (Queue queue : goal.getQueues()) {
            if (!queue.eIsProxy()) {
                queues.add(EcoreUtil.getURI(queue));
            }
        }
        List<PlanResult> results = new ArrayList<>();
        for (StaffingPlan plan : plansFor(goal)) {
            Queue queue = plan.getQueue();
            if (queue == null || queue.eIsProxy() || !queues.contains(EcoreUtil.getURI(queue))) {
                continue;
            }
            double within = metric.answerWithinSeconds(plan);
            Delivered delivered = GoalStaffing.delivered(StaffingForecast.of(plan), metric, within);
            if (delivered != null) {
                results.add(new PlanResult(plan, within, delivered));
            }
        }
        GoalStaffing together = GoalStaffing.of(metric, results);
        return together == null || together.delivers() ? Optional.empty() : Optional.of(together.problem());
    }

    /** The staffing plans loaded with the goal, or else those of its folder. */
    private List<StaffingPlan> plansFor(Goal goal) {
        Resource resource = goal.eResource();
        if (resource == null) {
            return List.of();
        }
        List<StaffingPlan> loaded = new ArrayList<>();
        ResourceSet set = resource.getResourceSet();
        if (set != null) {
            for (Resource other : List.copyOf(set.getResources())) {
                for (EObject root : other.getContents()) {
                    if (root instanceof StaffingPlan plan) {
                        loaded.add(plan);
                    }
                }
            }
        }
        return loaded.isEmpty() ? fromFolder(folderOf(resource.getURI())) : loaded;
    }

    /** The project of a workspace URI, the folder of a file URI; {@code null} for any other. */
    static URI folderOf(URI document) {
        if (document.isPlatformResource() && document.segmentCount() > 2) {
            return URI.createPlatformResourceURI(document.segment(1), true).appendSegment("");
        }
        if (document.isFile() && document.segmentCount() > 1) {
            return document.trimSegments(1).appendSegment("");
        }
        return null;
    }

    private synchronized List<StaffingPlan> fromFolder(URI folder) {
        if (folder == null) {
            return List.of();
        }
        Path root;
        List<Path> files;
        try {
            root = PlanDocuments.pathOf(folder).toRealPath();
            files = new ArrayList<>();
            for (Path file : PlanFiles.find(List.of(root))) {
                if (file.getFileName().toString().endsWith("." + STAFFING)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            return List.of(); // no such folder (any more): nothing to compare with
        }
        Map<Path, List<Object>> stamps = new HashMap<>();
        for (Path file : files) {
            try {
                stamps.put(file, List.of(Files.getLastModifiedTime(file), Files.size(file)));
            } catch (IOException e) {
                stamps.put(file, List.of());
            }
        }
        Folder known = folders.get(folder);
        if (known != null && known.stamps().equals(stamps)) {
            return known.plans();
        }
        ResourceSet set = PlanDocuments.createResourceSet();
        List<StaffingPlan> plans = new ArrayList<>();
        for (Path file : files) {
            List<String> segments = new ArrayList<>();
            for (Path part : root.relativize(file)) {
                segments.add(URI.encodeSegment(part.toString(), false));
            }
            URI uri = URI.createHierarchicalURI(segments.toArray(String[]::new), null, null).resolve(folder);
            try {
                for (EObject content : PlanDocuments.load(set, uri).getContents()) {
                    if (content instanceof StaffingPlan plan) {
                        plans.add(plan);
                    }
                }
            } catch (PlanDocumentException e) {
                // Unreadable: the checks report it; the goal is judged by the plans that can be read.
            }
        }
        folders.put(folder, new Folder(stamps, List.copyOf(plans)));
        return plans;
    }
}
