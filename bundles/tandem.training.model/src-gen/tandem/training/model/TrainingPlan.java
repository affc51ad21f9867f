/**
 */
package tandem.training.model;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.PlanDocument;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.training.model.TrainingPlan#getCourses <em>Courses</em>}</li>
 *   <li>{@link tandem.training.model.TrainingPlan#getKnowledgeItems <em>Knowledge Items</em>}</li>
 * </ul>
 *
 * @see tandem.training.model.TrainingPackage#getTrainingPlan()
 * @model
 * @generated
 */
public interface TrainingPlan extends PlanDocument
{
  /**
   * Returns the value of the '<em><b>Courses</b></em>' containment reference list.
   * The list contents are of type {@link tandem.training.model.Course}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Courses</em>' containment reference list.
   * @see tandem.training.model.TrainingPackage#getTrainingPlan_Courses()
   * @model containment="true"
   * @generated
   */
  EList<Course> getCourses();

  /**
   * Returns the value of the '<em><b>Knowledge Items</b></em>' containment reference list.
   * The list contents are of type {@link tandem.training.model.KnowledgeItem}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Knowledge Items</em>' containment reference list.
   * @see tandem.training.model.TrainingPackage#getTrainingPlan_KnowledgeItems()
   * @model containment="true"
   * @generated
   */
  EList<KnowledgeItem> getKnowledgeItems();

} // TrainingPlan
