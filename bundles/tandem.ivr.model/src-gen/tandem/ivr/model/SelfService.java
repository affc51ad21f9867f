/**
 */
package tandem.ivr.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Self Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An automated task (pay bill, order status, reset device); the call ends there unless a next node is given.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.SelfService#getTask <em>Task</em>}</li>
 *   <li>{@link tandem.ivr.model.SelfService#getNext <em>Next</em>}</li>
 * </ul>
 *
 * @see tandem.ivr.model.IvrPackage#getSelfService()
 * @model
 * @generated
 */
public interface SelfService extends Node
{
  /**
   * Returns the value of the '<em><b>Task</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Task</em>' attribute.
   * @see #setTask(String)
   * @see tandem.ivr.model.IvrPackage#getSelfService_Task()
   * @model
   * @generated
   */
  String getTask();

  /**
   * Sets the value of the '{@link tandem.ivr.model.SelfService#getTask <em>Task</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Task</em>' attribute.
   * @see #getTask()
   * @generated
   */
  void setTask(String value);

  /**
   * Returns the value of the '<em><b>Next</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Next</em>' reference.
   * @see #setNext(Node)
   * @see tandem.ivr.model.IvrPackage#getSelfService_Next()
   * @model
   * @generated
   */
  Node getNext();

  /**
   * Sets the value of the '{@link tandem.ivr.model.SelfService#getNext <em>Next</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Next</em>' reference.
   * @see #getNext()
   * @generated
   */
  void setNext(Node value);

} // SelfService
