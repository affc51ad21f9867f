/**
 */
package tandem.campaign.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.campaign.model.CampaignPackage;
import tandem.campaign.model.OfferItem;

import tandem.core.model.impl.NamedElementImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offer Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.impl.OfferItemImpl#isLimitedInventory <em>Limited Inventory</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.OfferItemImpl#getQuantityOnHand <em>Quantity On Hand</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.OfferItemImpl#getRedemptionRate <em>Redemption Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OfferItemImpl extends NamedElementImpl implements OfferItem
{
  /**
   * The default value of the '{@link #isLimitedInventory() <em>Limited Inventory</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isLimitedInventory()
   * @generated
   * @ordered
   */
  protected static final boolean LIMITED_INVENTORY_EDEFAULT = false;

  /**
   * The cached value of the '{@link #isLimitedInventory() <em>Limited Inventory</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #isLimitedInventory()
   * @generated
   * @ordered
   */
  protected boolean limitedInventory = LIMITED_INVENTORY_EDEFAULT;

  /**
   * The default value of the '{@link #getQuantityOnHand() <em>Quantity On Hand</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQuantityOnHand()
   * @generated
   * @ordered
   */
  protected static final int QUANTITY_ON_HAND_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getQuantityOnHand() <em>Quantity On Hand</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQuantityOnHand()
   * @generated
   * @ordered
   */
  protected int quantityOnHand = QUANTITY_ON_HAND_EDEFAULT;

  /**
   * The default value of the '{@link #getRedemptionRate() <em>Redemption Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRedemptionRate()
   * @generated
   * @ordered
   */
  protected static final double REDEMPTION_RATE_EDEFAULT = 0.0;

  /**
   * The cached value of the '{@link #getRedemptionRate() <em>Redemption Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRedemptionRate()
   * @generated
   * @ordered
   */
  protected double redemptionRate = REDEMPTION_RATE_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected OfferItemImpl()
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
    return CampaignPackage.Literals.OFFER_ITEM;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean isLimitedInventory()
  {
    return limitedInventory;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLimitedInventory(boolean newLimitedInventory)
  {
    boolean oldLimitedInventory = limitedInventory;
    limitedInventory = newLimitedInventory;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.OFFER_ITEM__LIMITED_INVENTORY, oldLimitedInventory, limitedInventory));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getQuantityOnHand()
  {
    return quantityOnHand;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setQuantityOnHand(int newQuantityOnHand)
  {
    int oldQuantityOnHand = quantityOnHand;
    quantityOnHand = newQuantityOnHand;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.OFFER_ITEM__QUANTITY_ON_HAND, oldQuantityOnHand, quantityOnHand));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getRedemptionRate()
  {
    return redemptionRate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRedemptionRate(double newRedemptionRate)
  {
    double oldRedemptionRate = redemptionRate;
    redemptionRate = newRedemptionRate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.OFFER_ITEM__REDEMPTION_RATE, oldRedemptionRate, redemptionRate));
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
      case CampaignPackage.OFFER_ITEM__LIMITED_INVENTORY:
        return isLimitedInventory();
      case CampaignPackage.OFFER_ITEM__QUANTITY_ON_HAND:
        return getQuantityOnHand();
      case CampaignPackage.OFFER_ITEM__REDEMPTION_RATE:
        return getRedemptionRate();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case CampaignPackage.OFFER_ITEM__LIMITED_INVENTORY:
        setLimitedInventory((Boolean)newValue);
        return;
      case CampaignPackage.OFFER_ITEM__QUANTITY_ON_HAND:
        setQuantityOnHand((Integer)newValue);
        return;
      case CampaignPackage.OFFER_ITEM__REDEMPTION_RATE:
        setRedemptionRate((Double)newValue);
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
      case CampaignPackage.OFFER_ITEM__LIMITED_INVENTORY:
        setLimitedInventory(LIMITED_INVENTORY_EDEFAULT);
        return;
      case CampaignPackage.OFFER_ITEM__QUANTITY_ON_HAND:
        setQuantityOnHand(QUANTITY_ON_HAND_EDEFAULT);
        return;
      case CampaignPackage.OFFER_ITEM__REDEMPTION_RATE:
        setRedemptionRate(REDEMPTION_RATE_EDEFAULT);
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
      case CampaignPackage.OFFER_ITEM__LIMITED_INVENTORY:
        return limitedInventory != LIMITED_INVENTORY_EDEFAULT;
      case CampaignPackage.OFFER_ITEM__QUANTITY_ON_HAND:
        return quantityOnHand != QUANTITY_ON_HAND_EDEFAULT;
      case CampaignPackage.OFFER_ITEM__REDEMPTION_RATE:
        return redemptionRate != REDEMPTION_RATE_EDEFAULT;
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
    result.append(" (limitedInventory: ");
    result.append(limitedInventory);
    result.append(", quantityOnHand: ");
    result.append(quantityOnHand);
    result.append(", redemptionRate: ");
    result.append(redemptionRate);
    result.append(')');
    return result.toString();
  }

} //OfferItemImpl
