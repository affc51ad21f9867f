/**
 */
package tandem.core.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.core.model.ContactCenter;
import tandem.core.model.CorePackage;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.Team;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Center</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.impl.ContactCenterImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link tandem.core.model.impl.ContactCenterImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link tandem.core.model.impl.ContactCenterImpl#getQueues <em>Queues</em>}</li>
 *   <li>{@link tandem.core.model.impl.ContactCenterImpl#getOpeningHours <em>Opening Hours</em>}</li>
 *   <li>{@link tandem.core.model.impl.ContactCenterImpl#getTeams <em>Teams</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactCenterImpl extends PlanDocumentImpl implements ContactCenter
{
  /**
   * The default value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOrganisation()
   * @generated
   * @ordered
   */
  protected static final String ORGANISATION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOrganisation()
   * @generated
   * @ordered
   */
  protected String organisation = ORGANISATION_EDEFAULT;

  /**
   * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTimeZone()
   * @generated
   * @ordered
   */
  protected static final String TIME_ZONE_EDEFAULT = "UTC";

  /**
   * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTimeZone()
   * @generated
   * @ordered
   */
  protected String timeZone = TIME_ZONE_EDEFAULT;

  /**
   * The cached value of the '{@link #getQueues() <em>Queues</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQueues()
   * @generated
   * @ordered
   */
  protected EList<Queue> queues;

  /**
   * The cached value of the '{@link #getOpeningHours() <em>Opening Hours</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOpeningHours()
   * @generated
   * @ordered
   */
  protected EList<OpeningHours> openingHours;

  /**
   * The cached value of the '{@link #getTeams() <em>Teams</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTeams()
   * @generated
   * @ordered
   */
  protected EList<Team> teams;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ContactCenterImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EClass eStaticClass()
  {
    return CorePackage.Literals.CONTACT_CENTER;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getOrganisation()
  {
    return organisation;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOrganisation(String newOrganisation)
  {
    String oldOrganisation = organisation;
    organisation = newOrganisation;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.CONTACT_CENTER__ORGANISATION, oldOrganisation, organisation));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getTimeZone()
  {
    return timeZone;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTimeZone(String newTimeZone)
  {
    String oldTimeZone = timeZone;
    timeZone = newTimeZone;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.CONTACT_CENTER__TIME_ZONE, oldTimeZone, timeZone));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Queue> getQueues()
  {
    if (queues == null)
    {
      queues = new EObjectContainmentEList<Queue>(Queue.class, this, CorePackage.CONTACT_CENTER__QUEUES);
    }
    return queues;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<OpeningHours> getOpeningHours()
  {
    if (openingHours == null)
    {
      openingHours = new EObjectContainmentEList<OpeningHours>(OpeningHours.class, this, CorePackage.CONTACT_CENTER__OPENING_HOURS);
    }
    return openingHours;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Team> getTeams()
  {
    if (teams == null)
    {
      teams = new EObjectContainmentEList<Team>(Team.class, this, CorePackage.CONTACT_CENTER__TEAMS);
    }
    return teams;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
  {
    switch (featureID)
    {
      case CorePackage.CONTACT_CENTER__QUEUES:
        return ((InternalEList<?>)getQueues()).basicRemove(otherEnd, msgs);
      case CorePackage.CONTACT_CENTER__OPENING_HOURS:
        return ((InternalEList<?>)getOpeningHours()).basicRemove(otherEnd, msgs);
      case CorePackage.CONTACT_CENTER__TEAMS:
        return ((InternalEList<?>)getTeams()).basicRemove(otherEnd, msgs);
    }
    return super.eInverseRemove(otherEnd, featureID, msgs);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object eGet(int featureID, boolean resolve, boolean coreType)
  {
    switch (featureID)
    {
      case CorePackage.CONTACT_CENTER__ORGANISATION:
        return getOrganisation();
      case CorePackage.CONTACT_CENTER__TIME_ZONE:
        return getTimeZone();
      case CorePackage.CONTACT_CENTER__QUEUES:
        return getQueues();
      case CorePackage.CONTACT_CENTER__OPENING_HOURS:
        return getOpeningHours();
      case CorePackage.CONTACT_CENTER__TEAMS:
        return getTeams();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @SuppressWarnings("unchecked")
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case CorePackage.CONTACT_CENTER__ORGANISATION:
        setOrganisation((String)newValue);
        return;
      case CorePackage.CONTACT_CENTER__TIME_ZONE:
        setTimeZone((String)newValue);
        return;
      case CorePackage.CONTACT_CENTER__QUEUES:
        getQueues().clear();
        getQueues().addAll((Collection<? extends Queue>)newValue);
        return;
      case CorePackage.CONTACT_CENTER__OPENING_HOURS:
        getOpeningHours().clear();
        getOpeningHours().addAll((Collection<? extends OpeningHours>)newValue);
        return;
      case CorePackage.CONTACT_CENTER__TEAMS:
        getTeams().clear();
        getTeams().addAll((Collection<? extends Team>)newValue);
        return;
    }
    super.eSet(featureID, newValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eUnset(int featureID)
  {
    switch (featureID)
    {
      case CorePackage.CONTACT_CENTER__ORGANISATION:
        setOrganisation(ORGANISATION_EDEFAULT);
        return;
      case CorePackage.CONTACT_CENTER__TIME_ZONE:
        setTimeZone(TIME_ZONE_EDEFAULT);
        return;
      case CorePackage.CONTACT_CENTER__QUEUES:
        getQueues().clear();
        return;
      case CorePackage.CONTACT_CENTER__OPENING_HOURS:
        getOpeningHours().clear();
        return;
      case CorePackage.CONTACT_CENTER__TEAMS:
        getTeams().clear();
        return;
    }
    super.eUnset(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean eIsSet(int featureID)
  {
    switch (featureID)
    {
      case CorePackage.CONTACT_CENTER__ORGANISATION:
        return ORGANISATION_EDEFAULT == null ? organisation != null : !ORGANISATION_EDEFAULT.equals(organisation);
      case CorePackage.CONTACT_CENTER__TIME_ZONE:
        return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
      case CorePackage.CONTACT_CENTER__QUEUES:
        return queues != null && !queues.isEmpty();
      case CorePackage.CONTACT_CENTER__OPENING_HOURS:
        return openingHours != null && !openingHours.isEmpty();
      case CorePackage.CONTACT_CENTER__TEAMS:
        return teams != null && !teams.isEmpty();
    }
    return super.eIsSet(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    if (eIsProxy()) return super.toString();

    StringBuilder result = new StringBuilder(super.toString());
    result.append(" (organisation: ");
    result.append(organisation);
    result.append(", timeZone: ");
    result.append(timeZone);
    result.append(')');
    return result.toString();
  }

} //ContactCenterImpl
