/**
 */
package tandem.goals.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Metric</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see tandem.goals.model.GoalsPackage#getMetric()
 * @model
 * @generated
 */
public enum Metric implements Enumerator
{
  /**
   * The '<em><b>Unspecified</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #UNSPECIFIED_VALUE
   * @generated
   * @ordered
   */
  UNSPECIFIED(0, "unspecified", "unspecified"),

  /**
   * The '<em><b>Customer Satisfaction</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CUSTOMER_SATISFACTION_VALUE
   * @generated
   * @ordered
   */
  CUSTOMER_SATISFACTION(1, "customerSatisfaction", "customerSatisfaction"),

  /**
   * The '<em><b>Net Promoter Score</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #NET_PROMOTER_SCORE_VALUE
   * @generated
   * @ordered
   */
  NET_PROMOTER_SCORE(2, "netPromoterScore", "netPromoterScore"),

  /**
   * The '<em><b>First Contact Resolution</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #FIRST_CONTACT_RESOLUTION_VALUE
   * @generated
   * @ordered
   */
  FIRST_CONTACT_RESOLUTION(3, "firstContactResolution", "firstContactResolution"),

  /**
   * The '<em><b>Average Handle Time</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #AVERAGE_HANDLE_TIME_VALUE
   * @generated
   * @ordered
   */
  AVERAGE_HANDLE_TIME(4, "averageHandleTime", "averageHandleTime"),

  /**
   * The '<em><b>Average Speed Of Answer</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #AVERAGE_SPEED_OF_ANSWER_VALUE
   * @generated
   * @ordered
   */
  AVERAGE_SPEED_OF_ANSWER(5, "averageSpeedOfAnswer", "averageSpeedOfAnswer"),

  /**
   * The '<em><b>Service Level</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SERVICE_LEVEL_VALUE
   * @generated
   * @ordered
   */
  SERVICE_LEVEL(6, "serviceLevel", "serviceLevel"),

  /**
   * The '<em><b>Abandonment Rate</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #ABANDONMENT_RATE_VALUE
   * @generated
   * @ordered
   */
  ABANDONMENT_RATE(7, "abandonmentRate", "abandonmentRate"),

  /**
   * The '<em><b>Customer Effort Score</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CUSTOMER_EFFORT_SCORE_VALUE
   * @generated
   * @ordered
   */
  CUSTOMER_EFFORT_SCORE(8, "customerEffortScore", "customerEffortScore"),

  /**
   * The '<em><b>Net Customer Value</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #NET_CUSTOMER_VALUE_VALUE
   * @generated
   * @ordered
   */
  NET_CUSTOMER_VALUE(9, "netCustomerValue", "netCustomerValue"),

  /**
   * The '<em><b>Custom</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CUSTOM_VALUE
   * @generated
   * @ordered
   */
  CUSTOM(10, "custom", "custom");

  /**
   * The '<em><b>Unspecified</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #UNSPECIFIED
   * @model name="unspecified"
   * @generated
   * @ordered
   */
  public static final int UNSPECIFIED_VALUE = 0;

  /**
   * The '<em><b>Customer Satisfaction</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CUSTOMER_SATISFACTION
   * @model name="customerSatisfaction"
   * @generated
   * @ordered
   */
  public static final int CUSTOMER_SATISFACTION_VALUE = 1;

  /**
   * The '<em><b>Net Promoter Score</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #NET_PROMOTER_SCORE
   * @model name="netPromoterScore"
   * @generated
   * @ordered
   */
  public static final int NET_PROMOTER_SCORE_VALUE = 2;

  /**
   * The '<em><b>First Contact Resolution</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #FIRST_CONTACT_RESOLUTION
   * @model name="firstContactResolution"
   * @generated
   * @ordered
   */
  public static final int FIRST_CONTACT_RESOLUTION_VALUE = 3;

  /**
   * The '<em><b>Average Handle Time</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #AVERAGE_HANDLE_TIME
   * @model name="averageHandleTime"
   * @generated
   * @ordered
   */
  public static final int AVERAGE_HANDLE_TIME_VALUE = 4;

  /**
   * The '<em><b>Average Speed Of Answer</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #AVERAGE_SPEED_OF_ANSWER
   * @model name="averageSpeedOfAnswer"
   * @generated
   * @ordered
   */
  public static final int AVERAGE_SPEED_OF_ANSWER_VALUE = 5;

  /**
   * The '<em><b>Service Level</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SERVICE_LEVEL
   * @model name="serviceLevel"
   * @generated
   * @ordered
   */
  public static final int SERVICE_LEVEL_VALUE = 6;

  /**
   * The '<em><b>Abandonment Rate</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #ABANDONMENT_RATE
   * @model name="abandonmentRate"
   * @generated
   * @ordered
   */
  public static final int ABANDONMENT_RATE_VALUE = 7;

  /**
   * The '<em><b>Customer Effort Score</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CUSTOMER_EFFORT_SCORE
   * @model name="customerEffortScore"
   * @generated
   * @ordered
   */
  public static final int CUSTOMER_EFFORT_SCORE_VALUE = 8;

  /**
   * The '<em><b>Net Customer Value</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #NET_CUSTOMER_VALUE
   * @model name="netCustomerValue"
   * @generated
   * @ordered
   */
  public static final int NET_CUSTOMER_VALUE_VALUE = 9;

  /**
   * The '<em><b>Custom</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CUSTOM
   * @model name="custom"
   * @generated
   * @ordered
   */
  public static final int CUSTOM_VALUE = 10;

  /**
   * An array of all the '<em><b>Metric</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final Metric[] VALUES_ARRAY =
    new Metric[]
    {
      UNSPECIFIED,
      CUSTOMER_SATISFACTION,
      NET_PROMOTER_SCORE,
      FIRST_CONTACT_RESOLUTION,
      AVERAGE_HANDLE_TIME,
      AVERAGE_SPEED_OF_ANSWER,
      SERVICE_LEVEL,
      ABANDONMENT_RATE,
      CUSTOMER_EFFORT_SCORE,
      NET_CUSTOMER_VALUE,
      CUSTOM,
    };

  /**
   * A public read-only list of all the '<em><b>Metric</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<Metric> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Metric</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static Metric get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      Metric result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Metric</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static Metric getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      Metric result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Metric</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static Metric get(int value)
  {
    switch (value)
    {
      case UNSPECIFIED_VALUE: return UNSPECIFIED;
      case CUSTOMER_SATISFACTION_VALUE: return CUSTOMER_SATISFACTION;
      case NET_PROMOTER_SCORE_VALUE: return NET_PROMOTER_SCORE;
      case FIRST_CONTACT_RESOLUTION_VALUE: return FIRST_CONTACT_RESOLUTION;
      case AVERAGE_HANDLE_TIME_VALUE: return AVERAGE_HANDLE_TIME;
      case AVERAGE_SPEED_OF_ANSWER_VALUE: return AVERAGE_SPEED_OF_ANSWER;
      case SERVICE_LEVEL_VALUE: return SERVICE_LEVEL;
      case ABANDONMENT_RATE_VALUE: return ABANDONMENT_RATE;
      case CUSTOMER_EFFORT_SCORE_VALUE: return CUSTOMER_EFFORT_SCORE;
      case NET_CUSTOMER_VALUE_VALUE: return NET_CUSTOMER_VALUE;
      case CUSTOM_VALUE: return CUSTOM;
    }
    return null;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final int value;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String name;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String literal;

  /**
   * Only this class can construct instances.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private Metric(int value, String name, String literal)
  {
    this.value = value;
    this.name = name;
    this.literal = literal;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getValue()
  {
    return value;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getName()
  {
    return name;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLiteral()
  {
    return literal;
  }

  /**
   * Returns the literal value of the enumerator, which is its string representation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    return literal;
  }
  
} //Metric
