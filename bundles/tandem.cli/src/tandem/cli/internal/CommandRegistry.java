package tandem.cli.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;

import tandem.cli.CliCommand;
import tandem.core.registry.ExtensionReader;
import tandem.core.registry.InvalidContributionException;
import tandem.core.registry.LazyInstance;

/** The commands contributed to {@code tandem.cli.commands}. */
public final class CommandRegistry extends ExtensionReader<CommandRegistry.Entry> {

    /** One contributed command; its class is created when it first runs. */
    public record Entry(String name, String summary, LazyInstance<CliCommand> command) {
    }

    public CommandRegistry() {
        super("tandem.cli.commands");
    }

    @Override
    protected Entry read(IConfigurationElement element, List<Entry> readSoFar) throws InvalidContributionException {
        if (!"command".equals(element.getName())) {
            return null;
        }
        String name = required(element, "name");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new InvalidContributionException("command name '" + name
                    + "' must be lower case letters, digits and hyphens");
        }
        required(element, "class");
        if (readSoFar.stream().anyMatch(e -> e.name().equals(name))) {
            throw new InvalidContributionException("command '" + name + "' is already contributed");
        }
        String summary = element.getAttribute("summary");
        return new Entry(name, summary == null ? "" : summary, new LazyInstance<>(element, "class", CliCommand.class));
    }

    public Optional<Entry> find(String name) {
        return descriptors().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
