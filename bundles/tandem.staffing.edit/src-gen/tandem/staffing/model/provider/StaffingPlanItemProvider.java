/**
 */
package tandem.staffing.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import tandem.core.model.provider.PlanDocumentItemProvider;

import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPlan;

/**
 * This is the item provider adapter for a {@link tandem.staffing.model.StaffingPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StaffingPlanItemProvider extends PlanDocumentItemProvider
{
  /**
   * This constructs an instance from a factory and a notifier.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public StaffingPlanItemProvider(AdapterFactory adapterFactory)
  {
    super(adapterFactory);
  }

  /**
   * This returns the property descriptors for the adapted class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
  {
    if (itemPropertyDescriptors == null)
    {
      super.getPropertyDescriptors(object);

      addQueuePropertyDescriptor(object);
      addIntervalMinutesPropertyDescriptor(object);
      addStartDatePropertyDescriptor(object);
      addEndDatePropertyDescriptor(object);
      addServiceLevelSharePropertyDescriptor(object);
      addAnswerWithinSecondsPropertyDescriptor(object);
      addAsaTargetSecondsPropertyDescriptor(object);
      addAbandonmentTargetPropertyDescriptor(object);
      addAhtSecondsPropertyDescriptor(object);
      addShrinkagePropertyDescriptor(object);
      addUnplannedShrinkagePropertyDescriptor(object);
      addOccupancyCapPropertyDescriptor(object);
      addAveragePatienceSecondsPropertyDescriptor(object);
      addStaffToPropertyDescriptor(object);
      addCampaignCalendarsPropertyDescriptor(object);
      addIntradayProfilePropertyDescriptor(object);
      addRosterPropertyDescriptor(object);
    }
    return itemPropertyDescriptors;
  }

  /**
   * This adds a property descriptor for the Queue feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addQueuePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_queue_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_queue_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__QUEUE,
         true,
         false,
         false,
         null,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Interval Minutes feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addIntervalMinutesPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_intervalMinutes_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_intervalMinutes_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__INTERVAL_MINUTES,
         true,
         false,
         false,
         ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Start Date feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addStartDatePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_startDate_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_startDate_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__START_DATE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the End Date feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addEndDatePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_endDate_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_endDate_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__END_DATE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Service Level Share feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addServiceLevelSharePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_serviceLevelShare_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_serviceLevelShare_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__SERVICE_LEVEL_SHARE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Answer Within Seconds feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addAnswerWithinSecondsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_answerWithinSeconds_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_answerWithinSeconds_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__ANSWER_WITHIN_SECONDS,
         true,
         false,
         false,
         ItemPropertyDescriptor.REAL_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Asa Target Seconds feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addAsaTargetSecondsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_asaTargetSeconds_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_asaTargetSeconds_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__ASA_TARGET_SECONDS,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Abandonment Target feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addAbandonmentTargetPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_abandonmentTarget_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_abandonmentTarget_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__ABANDONMENT_TARGET,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Aht Seconds feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addAhtSecondsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_ahtSeconds_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_ahtSeconds_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__AHT_SECONDS,
         true,
         false,
         false,
         ItemPropertyDescriptor.REAL_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Shrinkage feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addShrinkagePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_shrinkage_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_shrinkage_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__SHRINKAGE,
         true,
         false,
         false,
         ItemPropertyDescriptor.REAL_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Unplanned Shrinkage feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addUnplannedShrinkagePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_unplannedShrinkage_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_unplannedShrinkage_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__UNPLANNED_SHRINKAGE,
         true,
         false,
         false,
         ItemPropertyDescriptor.REAL_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Occupancy Cap feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addOccupancyCapPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_occupancyCap_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_occupancyCap_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__OCCUPANCY_CAP,
         true,
         false,
         false,
         ItemPropertyDescriptor.REAL_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Average Patience Seconds feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addAveragePatienceSecondsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_averagePatienceSeconds_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_averagePatienceSeconds_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Staff To feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addStaffToPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_staffTo_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_staffTo_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__STAFF_TO,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Campaign Calendars feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addCampaignCalendarsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_campaignCalendars_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_campaignCalendars_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__CAMPAIGN_CALENDARS,
         true,
         false,
         false,
         null,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Intraday Profile feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addIntradayProfilePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_intradayProfile_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_intradayProfile_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__INTRADAY_PROFILE,
         true,
         false,
         false,
         ItemPropertyDescriptor.REAL_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Roster feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addRosterPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_StaffingPlan_roster_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_StaffingPlan_roster_feature", "_UI_StaffingPlan_type"),
         StaffingPackage.Literals.STAFFING_PLAN__ROSTER,
         true,
         false,
         false,
         null,
         null,
         null));
  }

  /**
   * This returns StaffingPlan.gif.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object getImage(Object object)
  {
    return overlayImage(object, getResourceLocator().getImage("full/obj16/StaffingPlan"));
  }

  /**
   * This returns the label text for the adapted class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getText(Object object)
  {
    String label = ((StaffingPlan)object).getName();
    return label == null || label.length() == 0 ?
      getString("_UI_StaffingPlan_type") :
      getString("_UI_StaffingPlan_type") + " " + label;
  }


  /**
   * This handles model notifications by calling {@link #updateChildren} to update any cached
   * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void notifyChanged(Notification notification)
  {
    updateChildren(notification);

    switch (notification.getFeatureID(StaffingPlan.class))
    {
      case StaffingPackage.STAFFING_PLAN__QUEUE:
      case StaffingPackage.STAFFING_PLAN__INTERVAL_MINUTES:
      case StaffingPackage.STAFFING_PLAN__START_DATE:
      case StaffingPackage.STAFFING_PLAN__END_DATE:
      case StaffingPackage.STAFFING_PLAN__SERVICE_LEVEL_SHARE:
      case StaffingPackage.STAFFING_PLAN__ANSWER_WITHIN_SECONDS:
      case StaffingPackage.STAFFING_PLAN__ASA_TARGET_SECONDS:
      case StaffingPackage.STAFFING_PLAN__ABANDONMENT_TARGET:
      case StaffingPackage.STAFFING_PLAN__AHT_SECONDS:
      case StaffingPackage.STAFFING_PLAN__SHRINKAGE:
      case StaffingPackage.STAFFING_PLAN__UNPLANNED_SHRINKAGE:
      case StaffingPackage.STAFFING_PLAN__OCCUPANCY_CAP:
      case StaffingPackage.STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS:
      case StaffingPackage.STAFFING_PLAN__STAFF_TO:
      case StaffingPackage.STAFFING_PLAN__CAMPAIGN_CALENDARS:
      case StaffingPackage.STAFFING_PLAN__INTRADAY_PROFILE:
      case StaffingPackage.STAFFING_PLAN__ROSTER:
      case StaffingPackage.STAFFING_PLAN__INTERVALS:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
        return;
    }
    super.notifyChanged(notification);
  }

  /**
   * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
   * that can be created under this object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
  {
    super.collectNewChildDescriptors(newChildDescriptors, object);
  }

  /**
   * Return the resource locator for this item provider's resources.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ResourceLocator getResourceLocator()
  {
    return StaffingEditPlugin.INSTANCE;
  }

}
