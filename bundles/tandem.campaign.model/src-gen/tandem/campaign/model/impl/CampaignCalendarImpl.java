/**
 */
package tandem.campaign.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignPackage;

import tandem.core.model.impl.PlanDocumentImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Calendar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.impl.CampaignCalendarImpl#getCampaigns <em>Campaigns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignCalendarImpl extends PlanDocumentImpl implements CampaignCalendar
{
  /**
   * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCampaigns()
   * @generated
   * @ordered
   */
  protected EList<Campaign> campaigns;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected CampaignCalendarImpl()
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
    return CampaignPackage.Literals.CAMPAIGN_CALENDAR;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Campaign> getCampaigns()
  {
    if (campaigns == null)
    {
      campaigns = new EObjectContainmentEList<Campaign>(Campaign.class, this, CampaignPackage.CAMPAIGN_CALENDAR__CAMPAIGNS);
    }
    return campaigns;
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
      case CampaignPackage.CAMPAIGN_CALENDAR__CAMPAIGNS:
        return ((InternalEList<?>)getCampaigns()).basicRemove(otherEnd, msgs);
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
      case CampaignPackage.CAMPAIGN_CALENDAR__CAMPAIGNS:
        return getCampaigns();
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
      case CampaignPackage.CAMPAIGN_CALENDAR__CAMPAIGNS:
        getCampaigns().clear();
        getCampaigns().addAll((Collection<? extends Campaign>)newValue);
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
      case CampaignPackage.CAMPAIGN_CALENDAR__CAMPAIGNS:
        getCampaigns().clear();
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
      case CampaignPackage.CAMPAIGN_CALENDAR__CAMPAIGNS:
        return campaigns != null && !campaigns.isEmpty();
    }
    return super.eIsSet(featureID);
  }

} //CampaignCalendarImpl
