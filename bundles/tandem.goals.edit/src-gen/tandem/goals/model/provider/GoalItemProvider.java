/**
 */
package tandem.goals.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import tandem.core.model.provider.NamedElementItemProvider;

import tandem.goals.model.Goal;
import tandem.goals.model.GoalsFactory;
import tandem.goals.model.GoalsPackage;

/**
 * This is the item provider adapter for a {@link tandem.goals.model.Goal} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GoalItemProvider extends NamedElementItemProvider
{
  /**
   * This constructs an instance from a factory and a notifier.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public GoalItemProvider(AdapterFactory adapterFactory)
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

      addStatementPropertyDescriptor(object);
      addMetricPropertyDescriptor(object);
      addCustomMetricPropertyDescriptor(object);
      addUnitPropertyDescriptor(object);
      addDirectionPropertyDescriptor(object);
      addBaselinePropertyDescriptor(object);
      addBaselineDatePropertyDescriptor(object);
      addBaselineSourcePropertyDescriptor(object);
      addTargetPropertyDescriptor(object);
      addStartDatePropertyDescriptor(object);
      addDeadlinePropertyDescriptor(object);
      addOwnerPropertyDescriptor(object);
      addCampaignsPropertyDescriptor(object);
      addQueuesPropertyDescriptor(object);
      addChannelsPropertyDescriptor(object);
      addServiceDefinitionPropertyDescriptor(object);
      addMeasurementSourcePropertyDescriptor(object);
      addMeasurementFrequencyPropertyDescriptor(object);
      addRewardPropertyDescriptor(object);
      addRewardScopePropertyDescriptor(object);
    }
    return itemPropertyDescriptors;
  }

  /**
   * This adds a property descriptor for the Statement feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addStatementPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_statement_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_statement_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__STATEMENT,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Metric feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addMetricPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_metric_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_metric_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__METRIC,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Custom Metric feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addCustomMetricPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_customMetric_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_customMetric_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__CUSTOM_METRIC,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Unit feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addUnitPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_unit_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_unit_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__UNIT,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Direction feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addDirectionPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_direction_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_direction_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__DIRECTION,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Baseline feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addBaselinePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_baseline_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_baseline_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__BASELINE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Baseline Date feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addBaselineDatePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_baselineDate_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_baselineDate_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__BASELINE_DATE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Baseline Source feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addBaselineSourcePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_baselineSource_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_baselineSource_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__BASELINE_SOURCE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Target feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addTargetPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_target_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_target_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__TARGET,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
         getString("_UI_Goal_startDate_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_startDate_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__START_DATE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Deadline feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addDeadlinePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_deadline_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_deadline_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__DEADLINE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Owner feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addOwnerPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_owner_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_owner_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__OWNER,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Campaigns feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addCampaignsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_campaigns_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_campaigns_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__CAMPAIGNS,
         true,
         false,
         true,
         null,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Queues feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addQueuesPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_queues_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_queues_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__QUEUES,
         true,
         false,
         true,
         null,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Channels feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addChannelsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_channels_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_channels_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__CHANNELS,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Service Definition feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addServiceDefinitionPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_serviceDefinition_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_serviceDefinition_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__SERVICE_DEFINITION,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Measurement Source feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addMeasurementSourcePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_measurementSource_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_measurementSource_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__MEASUREMENT_SOURCE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Measurement Frequency feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addMeasurementFrequencyPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_measurementFrequency_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_measurementFrequency_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__MEASUREMENT_FREQUENCY,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Reward feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addRewardPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_reward_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_reward_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__REWARD,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Reward Scope feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addRewardScopePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Goal_rewardScope_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Goal_rewardScope_feature", "_UI_Goal_type"),
         GoalsPackage.Literals.GOAL__REWARD_SCOPE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
   * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
   * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
  {
    if (childrenFeatures == null)
    {
      super.getChildrenFeatures(object);
      childrenFeatures.add(GoalsPackage.Literals.GOAL__READINGS);
    }
    return childrenFeatures;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EStructuralFeature getChildFeature(Object object, Object child)
  {
    // Check the type of the specified child object and return the proper feature to use for
    // adding (see {@link AddCommand}) it as a child.

    return super.getChildFeature(object, child);
  }

  /**
   * This returns Goal.gif.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object getImage(Object object)
  {
    return overlayImage(object, getResourceLocator().getImage("full/obj16/Goal"));
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
    String label = ((Goal)object).getName();
    return label == null || label.length() == 0 ?
      getString("_UI_Goal_type") :
      getString("_UI_Goal_type") + " " + label;
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

    switch (notification.getFeatureID(Goal.class))
    {
      case GoalsPackage.GOAL__STATEMENT:
      case GoalsPackage.GOAL__METRIC:
      case GoalsPackage.GOAL__CUSTOM_METRIC:
      case GoalsPackage.GOAL__UNIT:
      case GoalsPackage.GOAL__DIRECTION:
      case GoalsPackage.GOAL__BASELINE:
      case GoalsPackage.GOAL__BASELINE_DATE:
      case GoalsPackage.GOAL__BASELINE_SOURCE:
      case GoalsPackage.GOAL__TARGET:
      case GoalsPackage.GOAL__START_DATE:
      case GoalsPackage.GOAL__DEADLINE:
      case GoalsPackage.GOAL__OWNER:
      case GoalsPackage.GOAL__CHANNELS:
      case GoalsPackage.GOAL__SERVICE_DEFINITION:
      case GoalsPackage.GOAL__MEASUREMENT_SOURCE:
      case GoalsPackage.GOAL__MEASUREMENT_FREQUENCY:
      case GoalsPackage.GOAL__REWARD:
      case GoalsPackage.GOAL__REWARD_SCOPE:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
        return;
      case GoalsPackage.GOAL__READINGS:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

    newChildDescriptors.add
      (createChildParameter
        (GoalsPackage.Literals.GOAL__READINGS,
         GoalsFactory.eINSTANCE.createReading()));
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
    return GoalsEditPlugin.INSTANCE;
  }

}
