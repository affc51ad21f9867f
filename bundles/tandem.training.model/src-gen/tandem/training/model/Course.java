/**
 */
package tandem.training.model;

import org.eclipse.emf.common.util.EList;

import tandem.campaign.model.Campaign;

import tandem.core.model.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What agents are taught (the name is the course title), for which campaigns, in which sessions and to whom.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.training.model.Course#getObjective <em>Objective</em>}</li>
 *   <li>{@link tandem.training.model.Course#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link tandem.training.model.Course#getDelivery <em>Delivery</em>}</li>
 *   <li>{@link tandem.training.model.Course#getPreparesFor <em>Prepares For</em>}</li>
 *   <li>{@link tandem.training.model.Course#getTeaches <em>Teaches</em>}</li>
 *   <li>{@link tandem.training.model.Course#getSessions <em>Sessions</em>}</li>
 *   <li>{@link tandem.training.model.Course#getAudiences <em>Audiences</em>}</li>
 * </ul>
 *
 * @see tandem.training.model.TrainingPackage#getCourse()
 * @model
 * @generated
 */
public interface Course extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Objective</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Objective</em>' attribute.
   * @see #setObjective(String)
   * @see tandem.training.model.TrainingPackage#getCourse_Objective()
   * @model
   * @generated
   */
  String getObjective();

  /**
   * Sets the value of the '{@link tandem.training.model.Course#getObjective <em>Objective</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Objective</em>' attribute.
   * @see #getObjective()
   * @generated
   */
  void setObjective(String value);

  /**
   * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * How long the course takes one agent, in minutes.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Duration Minutes</em>' attribute.
   * @see #setDurationMinutes(int)
   * @see tandem.training.model.TrainingPackage#getCourse_DurationMinutes()
   * @model
   * @generated
   */
  int getDurationMinutes();

  /**
   * Sets the value of the '{@link tandem.training.model.Course#getDurationMinutes <em>Duration Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Duration Minutes</em>' attribute.
   * @see #getDurationMinutes()
   * @generated
   */
  void setDurationMinutes(int value);

  /**
   * Returns the value of the '<em><b>Delivery</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.training.model.Delivery}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Delivery</em>' attribute.
   * @see tandem.training.model.Delivery
   * @see #setDelivery(Delivery)
   * @see tandem.training.model.TrainingPackage#getCourse_Delivery()
   * @model
   * @generated
   */
  Delivery getDelivery();

  /**
   * Sets the value of the '{@link tandem.training.model.Course#getDelivery <em>Delivery</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Delivery</em>' attribute.
   * @see tandem.training.model.Delivery
   * @see #getDelivery()
   * @generated
   */
  void setDelivery(Delivery value);

  /**
   * Returns the value of the '<em><b>Prepares For</b></em>' reference list.
   * The list contents are of type {@link tandem.campaign.model.Campaign}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The campaigns agents must be trained for before their first contact.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Prepares For</em>' reference list.
   * @see tandem.training.model.TrainingPackage#getCourse_PreparesFor()
   * @model
   * @generated
   */
  EList<Campaign> getPreparesFor();

  /**
   * Returns the value of the '<em><b>Teaches</b></em>' reference list.
   * The list contents are of type {@link tandem.training.model.KnowledgeItem}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Teaches</em>' reference list.
   * @see tandem.training.model.TrainingPackage#getCourse_Teaches()
   * @model
   * @generated
   */
  EList<KnowledgeItem> getTeaches();

  /**
   * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
   * The list contents are of type {@link tandem.training.model.Session}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Sessions</em>' containment reference list.
   * @see tandem.training.model.TrainingPackage#getCourse_Sessions()
   * @model containment="true"
   * @generated
   */
  EList<Session> getSessions();

  /**
   * Returns the value of the '<em><b>Audiences</b></em>' containment reference list.
   * The list contents are of type {@link tandem.training.model.Audience}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Audiences</em>' containment reference list.
   * @see tandem.training.model.TrainingPackage#getCourse_Audiences()
   * @model containment="true"
   * @generated
   */
  EList<Audience> getAudiences();

} // Course
