package tandem.checks.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;

import tandem.checks.Check;
import tandem.checks.CheckDefinition;
import tandem.checks.ChecklistDefinition;
import tandem.checks.ParameterDefinition;
import tandem.checks.Severity;
import tandem.core.registry.ExtensionReader;
import tandem.core.registry.InvalidContributionException;
import tandem.core.registry.LazyInstance;

/**
 * Reads {@code tandem.checks.checklists}. A wrong checklist is skipped; a wrong check inside a good checklist is
 * skipped alone; both are reported in the error log naming the contributing bundle.
 */
public final class ChecklistReader extends ExtensionReader<ChecklistDefinition> {

    static final String ID_PATTERN = "[a-z0-9]+([.-][a-z0-9]+)*";
    private static final Set<String> TYPES = Set.of("integer", "number", "boolean", "text");

    public ChecklistReader() {
        super("tandem.checks.checklists");
    }

    @Override
    protected ChecklistDefinition read(IConfigurationElement element, List<ChecklistDefinition> readSoFar)
            throws InvalidContributionException {
        if (!"checklist".equals(element.getName())) {
            return null;
        }
        String id = required(element, "id");
        if (!id.matches(ID_PATTERN)) {
            throw new InvalidContributionException("checklist id '" + id + "' must be lower case words joined by"
                    + " dots or hyphens");
        }
        if (readSoFar.stream().anyMatch(c -> c.id().equals(id))) {
            throw new InvalidContributionException("checklist '" + id + "' is already contributed");
        }
        String name = required(element, "name");
        Set<String> checkIds = new HashSet<>();
        readSoFar.forEach(c -> c.checks().forEach(check -> checkIds.add(check.id())));
        List<CheckDefinition> checks = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren("check")) {
            try {
                CheckDefinition check = readCheck(id, child, checkIds);
                checkIds.add(check.id());
                checks.add(check);
            } catch (InvalidContributionException e) {
                logInvalid(child, "check in checklist '" + id + "': " + e.getMessage(), null);
            }
        }
        String description = element.getAttribute("description");
        return new ChecklistDefinition(id, name, description == null ? "" : description,
                contributorOf(element), checks);
    }

    private static CheckDefinition readCheck(String checklistId, IConfigurationElement element, Set<String> taken)
            throws InvalidContributionException {
        String id = required(element, "id");
        if (!id.matches(ID_PATTERN)) {
            throw new InvalidContributionException("check id '" + id + "' must be lower case words joined by dots"
                    + " or hyphens, e.g. alignment.staffing-covers-lift");
        }
        if (taken.contains(id)) {
            throw new InvalidContributionException("check '" + id + "' is already contributed");
        }
        String name = required(element, "name");
        required(element, "class");
        Severity severity;
        String severityText = element.getAttribute("severity");
        try {
            severity = severityText == null ? Severity.WARNING : Severity.parse(severityText);
        } catch (IllegalArgumentException e) {
            throw new InvalidContributionException("check '" + id + "' has severity '" + severityText
                    + "'; use error, warning or info");
        }
        List<ParameterDefinition> parameters = new ArrayList<>();
        for (IConfigurationElement parameter : element.getChildren("parameter")) {
            String parameterId = required(parameter, "id");
            String type = parameter.getAttribute("type") == null ? "text" : parameter.getAttribute("type");
            if (!TYPES.contains(type)) {
                throw new InvalidContributionException("parameter '" + parameterId + "' of check '" + id
                        + "' has type '" + type + "'; use integer, number, boolean or text");
            }
            String defaultValue = required(parameter, "default");
            ParameterDefinition definition = new ParameterDefinition(parameterId,
                    parameter.getAttribute("name") == null ? parameterId : parameter.getAttribute("name"), type,
                    defaultValue, text(parameter.getAttribute("description")));
            if (!definition.accepts(defaultValue)) {
                throw new InvalidContributionException("the default '" + defaultValue + "' of parameter '"
                        + parameterId + "' of check '" + id + "' is not a valid " + type);
            }
            parameters.add(definition);
        }
        Set<String> reads = new HashSet<>();
        String readsText = element.getAttribute("reads");
        if (readsText != null && !readsText.isBlank()) {
            reads.addAll(Arrays.asList(readsText.trim().split("[\\s,]+")));
        }
        LazyInstance<Check> implementation = new LazyInstance<>(element, "class", Check.class);
        return new CheckDefinition(id, checklistId, name, text(element.getAttribute("category")),
                text(element.getAttribute("description")), severity, parameters, reads, implementation::get);
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
