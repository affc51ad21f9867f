/**
 */
package tandem.core.model;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hours Exception</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A date with other hours than the week says: a holiday (closed) or special hours.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.HoursException#getDate <em>Date</em>}</li>
 *   <li>{@link tandem.core.model.HoursException#getName <em>Name</em>}</li>
 *   <li>{@link tandem.core.model.HoursException#isClosed <em>Closed</em>}</li>
 *   <li>{@link tandem.core.model.HoursException#getOpens <em>Opens</em>}</li>
 *   <li>{@link tandem.core.model.HoursException#getCloses <em>Closes</em>}</li>
 * </ul>
 *
 * @see tandem.core.model.CorePackage#getHoursException()
 * @model
 * @generated
 */
public interface HoursException extends EObject
{
  /**
   * Returns the value of the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Date</em>' attribute.
   * @see #setDate(LocalDate)
   * @see tandem.core.model.CorePackage#getHoursException_Date()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getDate();

  /**
   * Sets the value of the '{@link tandem.core.model.HoursException#getDate <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Date</em>' attribute.
   * @see #getDate()
   * @generated
   */
  void setDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Name</em>' attribute.
   * @see #setName(String)
   * @see tandem.core.model.CorePackage#getHoursException_Name()
   * @model
   * @generated
   */
  String getName();

  /**
   * Sets the value of the '{@link tandem.core.model.HoursException#getName <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Name</em>' attribute.
   * @see #getName()
   * @generated
   */
  void setName(String value);

  /**
   * Returns the value of the '<em><b>Closed</b></em>' attribute.
   * The default value is <code>"true"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Closed</em>' attribute.
   * @see #setClosed(boolean)
   * @see tandem.core.model.CorePackage#getHoursException_Closed()
   * @model default="true"
   * @generated
   */
  boolean isClosed();

  /**
   * Sets the value of the '{@link tandem.core.model.HoursException#isClosed <em>Closed</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Closed</em>' attribute.
   * @see #isClosed()
   * @generated
   */
  void setClosed(boolean value);

  /**
   * Returns the value of the '<em><b>Opens</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Opens</em>' attribute.
   * @see #setOpens(LocalTime)
   * @see tandem.core.model.CorePackage#getHoursException_Opens()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getOpens();

  /**
   * Sets the value of the '{@link tandem.core.model.HoursException#getOpens <em>Opens</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Opens</em>' attribute.
   * @see #getOpens()
   * @generated
   */
  void setOpens(LocalTime value);

  /**
   * Returns the value of the '<em><b>Closes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Closes</em>' attribute.
   * @see #setCloses(LocalTime)
   * @see tandem.core.model.CorePackage#getHoursException_Closes()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getCloses();

  /**
   * Sets the value of the '{@link tandem.core.model.HoursException#getCloses <em>Closes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Closes</em>' attribute.
   * @see #getCloses()
   * @generated
   */
  void setCloses(LocalTime value);

} // HoursException
