package tandem.roster.ui.internal;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;

import tandem.core.model.CorePackage;
import tandem.core.model.Team;
import tandem.core.ui.emf.DataTypes;
import tandem.core.ui.grid.CellGrid;
import tandem.roster.model.Agent;
import tandem.roster.model.RosterPackage.Literals;

/**
 * The Agents table as a spreadsheet ({@link CellGrid}): copy a block of agents to Excel and paste one back (names,
 * teams by name, hours, days, times), each paste one command. The columns are those of {@link AgentsPage}.
 */
final class AgentCells implements CellGrid.Cells {

    /** The features of the table's columns, in order. */
    static final List<EStructuralFeature> COLUMNS = List.of(CorePackage.Literals.NAMED_ELEMENT__NAME,
            Literals.AGENT__TEAM, Literals.AGENT__MIN_HOURS_PER_WEEK, Literals.AGENT__MAX_HOURS_PER_WEEK,
            Literals.AGENT__MAX_DAYS_PER_WEEK, Literals.AGENT__EARLIEST_START, Literals.AGENT__LATEST_END);

    private static final List<String> NAMES = List.of("name", "team", "minimum hours per week",
            "maximum hours per week", "days per week", "earliest start", "latest end");

    private final RosterEditor editor;

    AgentCells(RosterEditor editor) {
        this.editor = editor;
    }

    private List<Agent> agents() {
        return editor.getRoster() == null ? List.of() : editor.getRoster().getAgents();
    }

    @Override
    public int rowCount() {
        return agents().size();
    }

    @Override
    public int rowOf(Object element) {
        return agents().indexOf(element);
    }

    @Override
    public boolean isEditable(int column) {
        return column >= 0 && column < COLUMNS.size();
    }

    @Override
    public String copyText(int row, int column) {
        Agent agent = agents().get(row);
        EStructuralFeature feature = COLUMNS.get(column);
        if (feature == Literals.AGENT__TEAM) {
            return agent.getTeam() == null || agent.getTeam().getName() == null ? "" : agent.getTeam().getName();
        }
        return DataTypes.textOf((EAttribute) feature, agent.eGet(feature));
    }

    @Override
    public Command change(int row, int column, String text) {
        Agent agent = agents().get(row);
        EStructuralFeature feature = COLUMNS.get(column);
        Object value;
        String trimmed = text.trim();
        if (feature == Literals.AGENT__TEAM) {
            value = trimmed.isEmpty() ? null : team(trimmed);
        } else if (trimmed.isEmpty() && feature != CorePackage.Literals.NAMED_ELEMENT__NAME
                && ((EAttribute) feature).getEAttributeType().getInstanceClass().isPrimitive()) {
            throw new IllegalArgumentException("a value is needed");
        } else {
            try {
                value = trimmed.isEmpty() ? null : DataTypes.parse((EAttribute) feature, trimmed);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(DataTypes.problemOf((EAttribute) feature, trimmed, e), e);
            }
        }
        Object current = agent.eGet(feature);
        if (value == null ? current == null : value.equals(current)) {
            return null;
        }
        return SetCommand.create(editor.getEditingDomain(), agent, feature, value);
    }

    private Team team(String name) {
        for (Team team : editor.availableTeams()) {
            if (name.equalsIgnoreCase(team.getName()) || name.equalsIgnoreCase("Team " + team.getName())
                    || name.equals(team.getId())) {
                return team;
            }
        }
        throw new IllegalArgumentException("no team '" + name + "' in the project's contact-center setup");
    }

    @Override
    public String columnName(int column) {
        return NAMES.get(column);
    }

    @Override
    public String rowName(int row) {
        return "agent '" + agents().get(row).getName() + "'";
    }

    @Override
    public String rows(int count) {
        return count == 1 ? "1 agent" : count + " agents";
    }
}
