/**
 */
package tandem.core.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see tandem.core.model.CorePackage
 * @generated
 */
public interface CoreFactory extends EFactory
{
  /**
   * The singleton instance of the factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  CoreFactory eINSTANCE = tandem.core.model.impl.CoreFactoryImpl.init();

  /**
   * Returns a new object of class '<em>Date Range</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Date Range</em>'.
   * @generated
   */
  DateRange createDateRange();

  /**
   * Returns a new object of class '<em>Contact Center</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Contact Center</em>'.
   * @generated
   */
  ContactCenter createContactCenter();

  /**
   * Returns a new object of class '<em>Queue</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Queue</em>'.
   * @generated
   */
  Queue createQueue();

  /**
   * Returns a new object of class '<em>Opening Hours</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Opening Hours</em>'.
   * @generated
   */
  OpeningHours createOpeningHours();

  /**
   * Returns a new object of class '<em>Weekly Hours</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Weekly Hours</em>'.
   * @generated
   */
  WeeklyHours createWeeklyHours();

  /**
   * Returns a new object of class '<em>Hours Exception</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Hours Exception</em>'.
   * @generated
   */
  HoursException createHoursException();

  /**
   * Returns a new object of class '<em>Team</em>'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return a new object of class '<em>Team</em>'.
   * @generated
   */
  Team createTeam();

  /**
   * Returns the package supported by this factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the package supported by this factory.
   * @generated
   */
  CorePackage getCorePackage();

} //CoreFactory
