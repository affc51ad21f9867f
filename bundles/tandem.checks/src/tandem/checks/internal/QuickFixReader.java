package tandem.checks.internal;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;

import tandem.checks.QuickFix;
import tandem.checks.QuickFixDefinition;
import tandem.core.registry.ExtensionReader;
import tandem.core.registry.InvalidContributionException;
import tandem.core.registry.LazyInstance;

/** Reads {@code tandem.checks.quickfixes}: resolutions contributed per check id. */
public final class QuickFixReader extends ExtensionReader<QuickFixDefinition> {

    public QuickFixReader() {
        super("tandem.checks.quickfixes");
    }

    @Override
    protected QuickFixDefinition read(IConfigurationElement element, List<QuickFixDefinition> readSoFar)
            throws InvalidContributionException {
        if (!"quickfix".equals(element.getName())) {
            return null;
        }
        String id = required(element, "id");
        String check = required(element, "check");
        String label = required(element, "label");
        required(element, "class");
        if (readSoFar.stream().anyMatch(q -> q.id().equals(id))) {
            throw new InvalidContributionException("quick fix '" + id + "' is already contributed");
        }
        LazyInstance<QuickFix> implementation = new LazyInstance<>(element, "class", QuickFix.class);
        return new QuickFixDefinition(id, check, label, implementation::get);
    }
}
