package tandem.staffing.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** Both commands are contributed to tandem-cli, each with a summary, and can be created from the contribution. */
class ContributionTest {

    @Test
    void erlangAndStaffAreContributedCommands() throws CoreException {
        Map<String, IConfigurationElement> commands = Arrays
                .stream(Platform.getExtensionRegistry().getConfigurationElementsFor("tandem.cli.commands"))
                .filter(e -> "tandem.staffing.cli".equals(e.getContributor().getName()))
                .collect(Collectors.toMap(e -> e.getAttribute("name"), Function.identity()));
        assertEquals(2, commands.size(), commands.keySet().toString());
        assertInstanceOf(ErlangCommand.class, commands.get("erlang").createExecutableExtension("class"));
        assertInstanceOf(StaffCommand.class, commands.get("staff").createExecutableExtension("class"));
        for (IConfigurationElement command : commands.values()) {
            assertNotNull(command.getAttribute("summary"));
            assertTrue(command.getAttribute("summary").length() <= 100, "a summary fits in tandem-cli --help");
        }
    }
}
