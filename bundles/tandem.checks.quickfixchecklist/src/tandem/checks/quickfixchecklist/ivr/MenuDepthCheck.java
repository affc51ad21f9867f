package tandem.checks.quickfixchecklist.ivr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tandem.checks.Check;
import tandem.checks.CheckContext;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.flow.CallFlow;
import tandem.ivr.model.flow.CallPath;
import tandem.ivr.model.flow.CallPaths;

/**
 * {@code quickfix.ivr-menu-depth}: callers go through at most {@code maxDepth} menus (default 3) on any way
 * through the script, and no menu offers more than {@code maxOptions} options (default 5). A menu that is the
 * first one too deep on some call path is reported once, with that path; a menu with too many options is reported
 * once, whether or not a call reaches it.
 */
public class MenuDepthCheck implements Check {

    @Override
    public void run(CheckContext context) {
        int maxDepth = context.parameters().intValue("maxDepth");
        int maxOptions = context.parameters().intValue("maxOptions");
        for (IvrScript script : context.plans().all(IvrScript.class)) {
            Set<Menu> tooDeep = new HashSet<>();
            for (EntryPoint entry : script.getEntryPoints()) {
                for (CallPath path : CallPaths.from(entry).paths()) {
                    List<Menu> menus = path.nodes().stream().filter(Menu.class::isInstance).map(Menu.class::cast)
                            .toList();
                    if (menus.size() > maxDepth && tooDeep.add(menus.get(maxDepth))) {
                        Menu menu = menus.get(maxDepth);
                        String way = menus.subList(0, maxDepth + 1).stream().map(CallFlow::nameOf)
                                .collect(Collectors.joining(" > "));
                        context.report(menu, CallFlow.nameOf(menu) + " is " + (maxDepth + 1) + " menus deep from "
                                + CallFlow.nameOf(entry) + " (" + way + "); keep menus at most " + maxDepth
                                + " deep.");
                    }
                }
            }
        }
        for (Menu menu : context.plans().all(Menu.class)) {
            int options = menu.getOptions().size();
            if (options > maxOptions) {
                context.report(menu, CallFlow.nameOf(menu) + " offers " + options + " options; callers remember at"
                        + " most " + maxOptions + ".");
            }
        }
    }
}
