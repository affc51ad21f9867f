/**
 */
package tandem.ivr.model;

import tandem.core.model.Queue;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Route</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Puts the call in a queue of the contact-center setup, where an agent answers it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.Route#getQueue <em>Queue</em>}</li>
 *   <li>{@link tandem.ivr.model.Route#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getRoute()
 * @model
 * @generated
 */
public interface Route extends Node
{
  /**
   * Returns the value of the '<em><b>Queue</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Queue</em>' reference.
   * @see #setQueue(Queue)
   * @see tandem.ivr.model.IvrPackage#getRoute_Queue()
   * @model
   * @generated
   */
  Queue getQueue();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Route#getQueue <em>Queue</em>}' reference.
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
   * <!-- begin-model-doc -->
   * Priority in the queue; higher numbers are answered first.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Priority</em>' attribute.
   * @see #setPriority(int)
   * @see tandem.ivr.model.IvrPackage#getRoute_Priority()
   * @model default="1"
   * @generated
   */
  int getPriority();

  /**
   * Sets the value of the '{@link tandem.ivr.model.Route#getPriority <em>Priority</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Priority</em>' attribute.
   * @see #getPriority()
   * @generated
   */
  void setPriority(int value);

} // Route
