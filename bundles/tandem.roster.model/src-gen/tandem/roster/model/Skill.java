/**
 */
package tandem.roster.model;

import org.eclipse.emf.ecore.EObject;

import tandem.core.model.Queue;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Skill</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A queue the agent can take; priority 1 is the queue the agent prefers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.roster.model.Skill#getQueue <em>Queue</em>}</li>
 *   <li>{@link tandem.roster.model.Skill#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @see tandem.roster.model.RosterPackage#getSkill()
 * @model
 * @generated
 */
public interface Skill extends EObject
{
  /**
   * Returns the value of the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Queue</em>' reference.
   * @see #setQueue(Queue)
   * @see tandem.roster.model.RosterPackage#getSkill_Queue()
   * @model
   * @generated
   */
  Queue getQueue();

  /**
   * Sets the value of the '{@link tandem.roster.model.Skill#getQueue <em>Queue</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Queue</em>' reference.
   * @see #getQueue()
   * @generated
   */
  void setQueue(Queue value);

  /**
   * Returns the value of the '<em><b>Priority</b></em>' attribute.
   * The default value is <code>"1"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Priority</em>' attribute.
   * @see #setPriority(int)
   * @see tandem.roster.model.RosterPackage#getSkill_Priority()
   * @model default="1"
   * @generated
   */
  int getPriority();

  /**
   * Sets the value of the '{@link tandem.roster.model.Skill#getPriority <em>Priority</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Priority</em>' attribute.
   * @see #getPriority()
   * @generated
   */
  void setPriority(int value);

} // Skill
