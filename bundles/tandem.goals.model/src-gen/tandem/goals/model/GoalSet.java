/**
 */
package tandem.goals.model;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.PlanDocument;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.goals.model.GoalSet#getGoals <em>Goals</em>}</li>
 * </ul>
 *
 * @see tandem.goals.model.GoalsPackage#getGoalSet()
 * @model
 * @generated
 */
public interface GoalSet extends PlanDocument
{
  /**
   * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
   * The list contents are of type {@link tandem.goals.model.Goal}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Goals</em>' containment reference list.
   * @see tandem.goals.model.GoalsPackage#getGoalSet_Goals()
   * @model containment="true"
   * @generated
   */
  EList<Goal> getGoals();

} // GoalSet
