/* Generated from journeys/schema/journey.schema.json by `npm run generate:journey-types`. Do not edit. */

/**
 * Minimum time between two entries of one customer (only with after_exit or always).
 */
export type Duration = string;
/**
 * First minute inside the window.
 */
export type LocalTime = string;
/**
 * First minute after the window.
 */
export type LocalTime1 = string;
/**
 * Length of the sliding period (PT1H to P366D).
 */
export type Duration1 = string;
/**
 * Channel key the cap applies to; absent: all channels together.
 */
export type Key = string;
/**
 * Only customers matching this condition when the trigger fires may enter.
 */
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | HasTagCondition
  | AttributeCondition
  | EventCountCondition
  | AggregateCondition;
/**
 * A condition over the customer: all/any/not over predicates on tags, attributes, event counts and aggregates over windows (nesting at most 8 deep).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition1 =
  | AllCondition
  | AnyCondition
  | NotCondition
  | HasTagCondition
  | AttributeCondition
  | EventCountCondition
  | AggregateCondition;
/**
 * A condition over the customer: all/any/not over predicates on tags, attributes, event counts and aggregates over windows (nesting at most 8 deep).
 */
export type Condition2 =
  | AllCondition
  | AnyCondition
  | NotCondition
  | HasTagCondition
  | AttributeCondition
  | EventCountCondition
  | AggregateCondition;
/**
 * Tag key (must exist in the workspace).
 */
export type Key1 = string;
/**
 * Customer attribute tested.
 */
export type AttributePath = string;
/**
 * A string (max 500), number or boolean.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Scalar".
 */
export type Scalar = string | number | boolean;
/**
 * Event type counted.
 */
export type EventType = string;
/**
 * Only events passing these tests are counted.
 *
 * @maxItems 20
 */
export type EventFilter =
  | []
  | [PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ];
/**
 * Property (of the event) or attribute (of the customer) tested.
 */
export type AttributePath1 = string;
/**
 * Which events are counted.
 */
export type Window = string;
/**
 * Event type aggregated.
 */
export type EventType1 = string;
/**
 * Numeric event property aggregated (e.g. amount).
 */
export type AttributePath2 = string;
/**
 * Only events passing these tests are aggregated.
 *
 * @maxItems 20
 */
export type EventFilter1 =
  | []
  | [PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ];
/**
 * Which events are aggregated.
 */
export type Window1 = string;
/**
 * What counts as reaching the goal.
 */
export type GoalCriterion = EventCriterion | TagAddedCriterion | ConditionCriterion;
/**
 * Event type that fires it.
 */
export type EventType2 = string;
/**
 * Only events passing these tests fire it.
 *
 * @maxItems 20
 */
export type EventFilter2 =
  | []
  | [PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ];
/**
 * Tag key (must exist in the workspace).
 */
export type Key2 = string;
/**
 * A condition over the customer: all/any/not over predicates on tags, attributes, event counts and aggregates over windows (nesting at most 8 deep).
 */
export type Condition3 =
  | AllCondition
  | AnyCondition
  | NotCondition
  | HasTagCondition
  | AttributeCondition
  | EventCountCondition
  | AggregateCondition;
/**
 * Conversion window after entry; absent: any time while in the journey.
 */
export type Duration2 = string;
/**
 * A node of the journey graph, typed by `type`.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Node".
 */
export type Node = TriggerNode | StageNode | WaitNode | BranchNode | SplitNode | ActionNode | GoalNode | ExitNode;
/**
 * Stable node id (unique in the journey).
 */
export type Id = string;
/**
 * Settings of this node type.
 */
export type TriggerData = EventTrigger | TagAddedTrigger | ManualTrigger | AnniversaryTrigger;
/**
 * Event type that lets the customer enter.
 */
export type EventType3 = string;
/**
 * Only events passing these tests let the customer enter.
 *
 * @maxItems 20
 */
export type EventFilter3 =
  | []
  | [PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ];
/**
 * Tag key (must exist in the workspace).
 */
export type Key3 = string;
/**
 * Date attribute (YYYY-MM-DD) whose anniversary is used.
 */
export type AttributePath3 = string;
/**
 * Local time of entry.
 */
export type LocalTime2 = string;
/**
 * Stable node id (unique in the journey).
 */
export type Id1 = string;
/**
 * Tag bound to the stage (unique in the journey).
 */
export type Key4 = string;
/**
 * Colour of the stage column on the board.
 */
export type Color = string;
/**
 * Stable node id (unique in the journey).
 */
export type Id2 = string;
/**
 * Settings of this node type.
 */
export type WaitData = DurationWait | UntilTimeWait | EventWait;
/**
 * How long to wait (PT1M to P366D).
 */
export type Duration3 = string;
/**
 * Local time to wait for.
 */
export type LocalTime3 = string;
/**
 * ISO weekday: 1 = Monday … 7 = Sunday.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Weekday".
 */
export type Weekday = number;
/**
 * Event type waited for.
 */
export type EventType4 = string;
/**
 * Only events passing these tests count.
 *
 * @maxItems 20
 */
export type EventFilter4 =
  | []
  | [PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ];
/**
 * How long to wait before taking `timeout` (PT1M to P366D).
 */
export type Duration4 = string;
/**
 * Stable node id (unique in the journey).
 */
export type Id3 = string;
/**
 * Outcome key and source handle (unique in the branch; `default` is reserved).
 */
export type HandleKey = string;
/**
 * A condition over the customer: all/any/not over predicates on tags, attributes, event counts and aggregates over windows (nesting at most 8 deep).
 */
export type Condition4 =
  | AllCondition
  | AnyCondition
  | NotCondition
  | HasTagCondition
  | AttributeCondition
  | EventCountCondition
  | AggregateCondition;
/**
 * Stable node id (unique in the journey).
 */
export type Id4 = string;
/**
 * Arm key and source handle (unique in the split).
 */
export type HandleKey1 = string;
/**
 * Stable node id (unique in the journey).
 */
export type Id5 = string;
/**
 * Settings of this node type.
 */
export type ActionData =
  MessageAction | CouponAction | AddTagAction | RemoveTagAction | SetAttributeAction | WebhookAction | StaffTaskAction;
/**
 * Channel key, e.g. wecom_private (1:1 chat), wecom_group, wecom_moments, sms.
 */
export type Key5 = string;
/**
 * Message template key (must exist in the workspace).
 */
export type Key6 = string;
/**
 * Coupon key attached to the message (must exist in the workspace).
 */
export type Key7 = string;
/**
 * Coupon key (must exist in the workspace).
 */
export type Key8 = string;
/**
 * Tag key (must exist in the workspace).
 */
export type Key9 = string;
/**
 * Tag key (must exist in the workspace).
 */
export type Key10 = string;
/**
 * Attribute changed.
 */
export type AttributePath4 = string;
/**
 * A string (max 500), number or boolean.
 */
export type Scalar1 = string | number | boolean;
/**
 * Channel the staff member should use (must exist in the workspace).
 */
export type Key11 = string;
/**
 * Time to complete the task (PT1M to P366D).
 */
export type Duration5 = string;
/**
 * Stable node id (unique in the journey).
 */
export type Id6 = string;
/**
 * Goal key in analytics (unique in the journey).
 */
export type HandleKey2 = string;
/**
 * Stable node id (unique in the journey).
 */
export type Id7 = string;
/**
 * Stable edge id (unique among edges).
 */
export type Id8 = string;
/**
 * Id of the node the edge leaves.
 */
export type Id9 = string;
/**
 * Id of the node the edge enters.
 */
export type Id10 = string;
/**
 * Required on `transition` edges leaving a stage, forbidden elsewhere.
 */
export type Transition =
  EventCriterion | TagAddedCriterion | TagRemovedCriterion | ConditionCriterion | TimeInStageCriterion;
/**
 * Tag key (must exist in the workspace).
 */
export type Key12 = string;
/**
 * Time in the stage (PT1M to P366D).
 */
export type Duration6 = string;
/**
 * Stable identifier of a node or edge: letters, digits and _ . : - (max 64). Node ids stay the same across versions; customers in flight are mapped by them.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id11 = string;
/**
 * Key of a workspace object (tag, channel, message template, coupon): letters, digits and _ . : - (max 100).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Key".
 */
export type Key13 = string;
/**
 * Key of an outcome (branch outcome, split arm) or goal: lower-case letters, digits and _, starting with a letter (max 32). It names the source handle of the edge leaving that outcome.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "HandleKey".
 */
export type HandleKey3 = string;
/**
 * Event type sent by an integrator or captured by a connector: dot-separated lower-case words.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EventType".
 */
export type EventType5 = string;
/**
 * Name of a customer attribute or event property: dot-separated lower-case words.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "AttributePath".
 */
export type AttributePath5 = string;
/**
 * ISO-8601 duration in weeks, or days and/or hours, minutes, seconds (no years or months: their length varies).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Duration".
 */
export type Duration7 = string;
/**
 * Wall-clock time HH:MM (24 h) in the customer's time zone.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "LocalTime".
 */
export type LocalTime4 = string;
/**
 * Look-back window: an ISO-8601 duration (the last P30D), `since_journey_entry`, `since_stage_entry` or `all_time`.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Window".
 */
export type Window2 = string;
/**
 * Colour as #RRGGBB.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Color".
 */
export type Color1 = string;
/**
 * Property tests an event must all pass (AND); empty or absent means any event of the type.
 *
 * @maxItems 20
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EventFilter".
 */
export type EventFilter5 =
  | []
  | [PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate, PropertyPredicate]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ]
  | [
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate,
      PropertyPredicate
    ];
/**
 * What moves a customer along an edge leaving a stage: an event, a tag added or removed, a condition becoming true, or time spent in the stage.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Transition".
 */
export type Transition1 =
  EventCriterion | TagAddedCriterion | TagRemovedCriterion | ConditionCriterion | TimeInStageCriterion;
/**
 * What counts as reaching the journey goal: an event, a tag added, or a condition becoming true.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "GoalCriterion".
 */
export type GoalCriterion1 = EventCriterion | TagAddedCriterion | ConditionCriterion;
/**
 * How customers enter the journey.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "TriggerData".
 */
export type TriggerData1 = EventTrigger | TagAddedTrigger | ManualTrigger | AnniversaryTrigger;
/**
 * How long the customer waits here.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "WaitData".
 */
export type WaitData1 = DurationWait | UntilTimeWait | EventWait;
/**
 * What the action does.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ActionData".
 */
export type ActionData1 =
  MessageAction | CouponAction | AddTagAction | RemoveTagAction | SetAttributeAction | WebhookAction | StaffTaskAction;

/**
 * A customer journey graph (schema_version 1): settings, nodes, edges and the canvas layout. Layout is kept apart: moving a box is not a semantic change. Checked by this schema first, then by semantic rules (see docs/journey-format.md).
 */
export interface Journey {
  /**
   * Version of this format; always 1 for now.
   */
  schema_version: 1;
  settings: Settings;
  /**
   * The nodes (at most 2,000).
   */
  nodes: Node[];
  /**
   * The edges (at most 10,000).
   */
  edges: Edge[];
  /**
   * Canvas positions by node id; no semantic meaning (excluded from checksums, reported apart in diffs).
   */
  layout?: {
    [k: string]: Position;
  };
}
/**
 * Journey-wide settings.
 */
export interface Settings {
  entry: EntryPolicy;
  /**
   * IANA time zone used for local times when the customer's own time zone is unknown (or always, when use_customer_time_zone is false).
   */
  time_zone: string;
  /**
   * Evaluate local times (waits, quiet hours) in the customer's own time zone when known. Default true.
   */
  use_customer_time_zone?: boolean;
  quiet_hours?: TimeWindow;
  /**
   * Per-customer push caps.
   *
   * @maxItems 10
   */
  frequency_caps?:
    | []
    | [FrequencyCap]
    | [FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap]
    | [
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap
      ]
    | [
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap
      ];
  audience?: Condition;
  goal?: JourneyGoal;
  /**
   * Journey variables (links, product names …) used in texts as {{journey.NAME}}; templates declare them with example values to replace.
   */
  variables?: {
    /**
     * Variable value.
     */
    [k: string]: string;
  };
}
/**
 * Entry and re-entry policy.
 */
export interface EntryPolicy {
  /**
   * `once`: a customer enters at most once ever; `after_exit`: again once they have left; `always`: every time the trigger fires (a new run replaces the current one).
   */
  reentry: 'once' | 'after_exit' | 'always';
  min_interval?: Duration;
}
/**
 * No pushes in this local-time window; pushes due inside it are deferred to its end, not dropped.
 */
export interface TimeWindow {
  start: LocalTime;
  end: LocalTime1;
}
/**
 * At most `max` pushes per `per` to one customer from this journey; pushes over the cap are suppressed and recorded with the reason.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "FrequencyCap".
 */
export interface FrequencyCap {
  /**
   * Maximum number of pushes in the period.
   */
  max: number;
  per: Duration1;
  channel?: Key;
}
/**
 * True when every sub-condition is true.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "AllCondition".
 */
export interface AllCondition {
  /**
   * Condition kind.
   */
  kind: 'all';
  /**
   * Sub-conditions.
   *
   * @minItems 1
   * @maxItems 20
   */
  conditions:
    | [Condition1]
    | [Condition1, Condition1]
    | [Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ];
}
/**
 * True when at least one sub-condition is true.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "AnyCondition".
 */
export interface AnyCondition {
  /**
   * Condition kind.
   */
  kind: 'any';
  /**
   * Sub-conditions.
   *
   * @minItems 1
   * @maxItems 20
   */
  conditions:
    | [Condition1]
    | [Condition1, Condition1]
    | [Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1]
    | [Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1, Condition1]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ]
    | [
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1,
        Condition1
      ];
}
/**
 * True when the sub-condition is false.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "NotCondition".
 */
export interface NotCondition {
  /**
   * Condition kind.
   */
  kind: 'not';
  condition: Condition2;
}
/**
 * True when the customer carries the tag.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "HasTagCondition".
 */
export interface HasTagCondition {
  /**
   * Condition kind.
   */
  kind: 'has_tag';
  tag: Key1;
}
/**
 * A test on a customer attribute (city, points, member_level, birthday …).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "AttributeCondition".
 */
export interface AttributeCondition {
  /**
   * Condition kind.
   */
  kind: 'attribute';
  attribute: AttributePath;
  /**
   * Comparison operator.
   */
  operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'not_in' | 'contains' | 'exists' | 'not_exists';
  /**
   * Value compared against; a list for in/not_in, absent for exists/not_exists.
   */
  value?: Scalar | Scalar[];
}
/**
 * Compares how many matching events the customer had in a window, e.g. no `order.paid` since journey entry.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EventCountCondition".
 */
export interface EventCountCondition {
  /**
   * Condition kind.
   */
  kind: 'event_count';
  event_type: EventType;
  filter?: EventFilter;
  window: Window;
  /**
   * Comparison of the count with `value`.
   */
  operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte';
  /**
   * Count compared against.
   */
  value: number;
}
/**
 * A test on one property: `value` is a scalar for eq/neq/contains, a number or string for gt/gte/lt/lte, a non-empty list for in/not_in, and absent for exists/not_exists.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "PropertyPredicate".
 */
export interface PropertyPredicate {
  property: AttributePath1;
  /**
   * Comparison operator.
   */
  operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'not_in' | 'contains' | 'exists' | 'not_exists';
  /**
   * Value compared against; a list for in/not_in, absent for exists/not_exists.
   */
  value?: Scalar | Scalar[];
}
/**
 * Compares an aggregate of a numeric event property over a window, e.g. sum of `order.paid` amount in P365D ≥ 5000.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "AggregateCondition".
 */
export interface AggregateCondition {
  /**
   * Condition kind.
   */
  kind: 'aggregate';
  event_type: EventType1;
  property: AttributePath2;
  /**
   * Aggregate function; an empty window gives 0 for sum and no match otherwise.
   */
  function: 'sum' | 'avg' | 'min' | 'max';
  filter?: EventFilter1;
  window: Window1;
  /**
   * Comparison of the aggregate with `value`.
   */
  operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte';
  /**
   * Number compared against.
   */
  value: number;
}
/**
 * The journey's conversion goal.
 */
export interface JourneyGoal {
  name: LocalizedName;
  criterion: GoalCriterion;
  within?: Duration2;
  /**
   * When true, a customer who reaches the goal leaves the journey at once (no more pushes).
   */
  exit_on_met: boolean;
}
/**
 * Goal name shown in analytics.
 */
export interface LocalizedName {
  /**
   * Simplified Chinese text.
   */
  'zh-CN': string;
  /**
   * English text.
   */
  en: string;
}
/**
 * Fires when the customer has a matching event.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EventCriterion".
 */
export interface EventCriterion {
  /**
   * Criterion kind.
   */
  kind: 'event';
  event_type: EventType2;
  filter?: EventFilter2;
}
/**
 * Fires when the tag is added to the customer (by a rule, by hand or by an action).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "TagAddedCriterion".
 */
export interface TagAddedCriterion {
  /**
   * Criterion kind.
   */
  kind: 'tag_added';
  tag: Key2;
}
/**
 * Fires when the condition becomes true (re-evaluated whenever the customer's tags, attributes or events change).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ConditionCriterion".
 */
export interface ConditionCriterion {
  /**
   * Criterion kind.
   */
  kind: 'condition';
  condition: Condition3;
}
/**
 * Entry trigger: where customers enter. Handle: `next` (required).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "TriggerNode".
 */
export interface TriggerNode {
  id: Id;
  /**
   * Node type.
   */
  type: 'trigger';
  label?: ShortText;
  /**
   * Free notes for operators.
   */
  notes?: string;
  data: TriggerData;
}
/**
 * Optional caption shown on the canvas.
 */
export interface ShortText {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Enter when the customer has a matching event (e.g. `cart.added`).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EventTrigger".
 */
export interface EventTrigger {
  /**
   * Trigger kind.
   */
  kind: 'event';
  event_type: EventType3;
  filter?: EventFilter3;
  during?: TimeWindow1;
}
/**
 * Only events whose local time falls in this window (e.g. 22:00–06:00 for night-time cart adds).
 */
export interface TimeWindow1 {
  start: LocalTime;
  end: LocalTime1;
}
/**
 * Enter when the tag is added to the customer.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "TagAddedTrigger".
 */
export interface TagAddedTrigger {
  /**
   * Trigger kind.
   */
  kind: 'tag_added';
  tag: Key3;
}
/**
 * Customers are added by hand on the board, by import or through the API.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ManualTrigger".
 */
export interface ManualTrigger {
  /**
   * Trigger kind.
   */
  kind: 'manual';
}
/**
 * Enter every year, `days_before` days before the anniversary of a date attribute (birthday, membership anniversary), at a local time.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "AnniversaryTrigger".
 */
export interface AnniversaryTrigger {
  /**
   * Trigger kind.
   */
  kind: 'anniversary';
  attribute: AttributePath3;
  /**
   * How many days before the anniversary to enter (0 = on the day).
   */
  days_before: number;
  at: LocalTime2;
}
/**
 * Journey stage. Handles: `enter` (optional, at most one edge: the stage's push sequence) and `transition` (any number of edges, each with a transition).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "StageNode".
 */
export interface StageNode {
  id: Id1;
  /**
   * Node type.
   */
  type: 'stage';
  label?: ShortText1;
  /**
   * Free notes for operators.
   */
  notes?: string;
  data: StageData;
}
/**
 * Optional caption shown on the canvas.
 */
export interface ShortText1 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Settings of this node type.
 */
export interface StageData {
  name: LocalizedName1;
  tag: Key4;
  color?: Color;
  description?: LocalizedText;
}
/**
 * Stage name in zh-CN and en (unique in the journey).
 */
export interface LocalizedName1 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN': string;
  /**
   * English text.
   */
  en: string;
}
/**
 * What the stage means, for operators.
 */
export interface LocalizedText {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Wait. Handles: `next` for duration/until_time; `matched` and `timeout` for event waits (all required).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "WaitNode".
 */
export interface WaitNode {
  id: Id2;
  /**
   * Node type.
   */
  type: 'wait';
  label?: ShortText2;
  /**
   * Free notes for operators.
   */
  notes?: string;
  data: WaitData;
}
/**
 * Optional caption shown on the canvas.
 */
export interface ShortText2 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Wait a fixed time, then continue on `next`.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "DurationWait".
 */
export interface DurationWait {
  /**
   * Wait kind.
   */
  kind: 'duration';
  duration: Duration3;
}
/**
 * Wait until a local time, e.g. next day 18:00: the first `time` on a date at least `day_offset` days later that matches `weekdays` and `month_days` (when given); with day_offset 0 and the time already past, the next matching day. Continue on `next`.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "UntilTimeWait".
 */
export interface UntilTimeWait {
  /**
   * Wait kind.
   */
  kind: 'until_time';
  time: LocalTime3;
  /**
   * Days to skip first: 0 = today if still ahead, 1 = tomorrow …
   */
  day_offset?: number;
  /**
   * Only on these ISO weekdays.
   *
   * @minItems 1
   * @maxItems 7
   */
  weekdays?:
    | [Weekday]
    | [Weekday, Weekday]
    | [Weekday, Weekday, Weekday]
    | [Weekday, Weekday, Weekday, Weekday]
    | [Weekday, Weekday, Weekday, Weekday, Weekday]
    | [Weekday, Weekday, Weekday, Weekday, Weekday, Weekday]
    | [Weekday, Weekday, Weekday, Weekday, Weekday, Weekday, Weekday];
  /**
   * Only on these days of the month (e.g. the monthly member day).
   *
   * @minItems 1
   * @maxItems 31
   *
   * Items: Day of the month.
   */
  month_days?: [number, ...number[]];
}
/**
 * Wait for a matching event: continue on `matched` when it happens, on `timeout` when it has not happened in time.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EventWait".
 */
export interface EventWait {
  /**
   * Wait kind.
   */
  kind: 'event';
  event_type: EventType4;
  filter?: EventFilter4;
  timeout: Duration4;
}
/**
 * Condition branch. Handles: each outcome key and `default` (all required).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "BranchNode".
 */
export interface BranchNode {
  id: Id3;
  /**
   * Node type.
   */
  type: 'branch';
  label?: ShortText3;
  /**
   * Free notes for operators.
   */
  notes?: string;
  data: BranchData;
}
/**
 * Optional caption shown on the canvas.
 */
export interface ShortText3 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Settings of this node type.
 */
export interface BranchData {
  /**
   * Outcomes in evaluation order.
   *
   * @minItems 1
   * @maxItems 20
   */
  outcomes:
    | [BranchOutcome]
    | [BranchOutcome, BranchOutcome]
    | [BranchOutcome, BranchOutcome, BranchOutcome]
    | [BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome]
    | [BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome]
    | [BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome]
    | [BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ];
}
/**
 * One outcome of a branch: its key is the source handle of the edge taken when its condition is the first true one.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "BranchOutcome".
 */
export interface BranchOutcome {
  key: HandleKey;
  label?: ShortText4;
  condition: Condition4;
}
/**
 * Label shown on the canvas.
 */
export interface ShortText4 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Weighted random split. Handles: each arm key (all required).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "SplitNode".
 */
export interface SplitNode {
  id: Id4;
  /**
   * Node type.
   */
  type: 'split';
  label?: ShortText5;
  /**
   * Free notes for operators.
   */
  notes?: string;
  data: SplitData;
}
/**
 * Optional caption shown on the canvas.
 */
export interface ShortText5 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Settings of this node type.
 */
export interface SplitData {
  /**
   * The arms.
   *
   * @minItems 2
   * @maxItems 10
   */
  arms:
    | [SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm];
}
/**
 * One arm of a random split.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "SplitArm".
 */
export interface SplitArm {
  key: HandleKey1;
  label?: ShortText6;
  /**
   * Relative weight: the arm is taken with probability weight / sum of weights.
   */
  weight: number;
}
/**
 * Label shown on the canvas.
 */
export interface ShortText6 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Action: message, coupon, tag, attribute, webhook or staff task. Handle: `next` (optional).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ActionNode".
 */
export interface ActionNode {
  id: Id5;
  /**
   * Node type.
   */
  type: 'action';
  label?: ShortText7;
  /**
   * Free notes for operators.
   */
  notes?: string;
  data: ActionData;
}
/**
 * Optional caption shown on the canvas.
 */
export interface ShortText7 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Send a message on a channel: a workspace message template or inline text (exactly one of them), optionally with a coupon. Subject to quiet hours, frequency caps and content de-duplication.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "MessageAction".
 */
export interface MessageAction {
  /**
   * Action kind.
   */
  kind: 'message';
  channel: Key5;
  template?: Key6;
  text?: LocalizedText1;
  coupon?: Key7;
}
/**
 * Inline message text.
 */
export interface LocalizedText1 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Issue a coupon to the customer's account without a message.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "CouponAction".
 */
export interface CouponAction {
  /**
   * Action kind.
   */
  kind: 'coupon';
  coupon: Key8;
}
/**
 * Add a tag to the customer.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "AddTagAction".
 */
export interface AddTagAction {
  /**
   * Action kind.
   */
  kind: 'add_tag';
  tag: Key9;
}
/**
 * Remove a tag from the customer.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "RemoveTagAction".
 */
export interface RemoveTagAction {
  /**
   * Action kind.
   */
  kind: 'remove_tag';
  tag: Key10;
}
/**
 * Set, increment or unset a customer attribute (e.g. add points).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "SetAttributeAction".
 */
export interface SetAttributeAction {
  /**
   * Action kind.
   */
  kind: 'set_attribute';
  attribute: AttributePath4;
  /**
   * `set` to value, `increment` by a number, or `unset`.
   */
  operation: 'set' | 'increment' | 'unset';
  value?: Scalar1;
}
/**
 * POST or PUT a JSON body to an HTTPS endpoint (signed with the workspace secret), at most once per customer entry.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "WebhookAction".
 */
export interface WebhookAction {
  /**
   * Action kind.
   */
  kind: 'webhook';
  /**
   * Endpoint URL (https://, or http:// for local development).
   */
  url: string;
  /**
   * HTTP method. Default POST.
   */
  method?: 'POST' | 'PUT';
  /**
   * Extra JSON fields merged into the body (free-form).
   */
  payload?: {};
}
/**
 * Create a task for a staff member (store assistant, consultant) with a ready script to use with the customer.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "StaffTaskAction".
 */
export interface StaffTaskAction {
  /**
   * Action kind.
   */
  kind: 'staff_task';
  /**
   * `owner`: the staff member who owns the customer (their WeCom friend); `store`: any assistant of the customer's store.
   */
  assign_to: 'owner' | 'store';
  title: ShortText8;
  script?: LocalizedText2;
  channel?: Key11;
  due_in?: Duration5;
}
/**
 * Task title.
 */
export interface ShortText8 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Ready script the staff member can send or say.
 */
export interface LocalizedText2 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Goal checkpoint. Handle: `next` (optional).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "GoalNode".
 */
export interface GoalNode {
  id: Id6;
  /**
   * Node type.
   */
  type: 'goal';
  label?: ShortText9;
  /**
   * Free notes for operators.
   */
  notes?: string;
  data: GoalData;
}
/**
 * Optional caption shown on the canvas.
 */
export interface ShortText9 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Settings of this node type.
 */
export interface GoalData {
  key: HandleKey2;
  name: LocalizedName2;
}
/**
 * Goal name.
 */
export interface LocalizedName2 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN': string;
  /**
   * English text.
   */
  en: string;
}
/**
 * Exit. No handles.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ExitNode".
 */
export interface ExitNode {
  id: Id7;
  /**
   * Node type.
   */
  type: 'exit';
  label?: ShortText10;
  /**
   * Free notes for operators.
   */
  notes?: string;
  data: ExitData;
}
/**
 * Optional caption shown on the canvas.
 */
export interface ShortText10 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Settings of this node type.
 */
export interface ExitData {
  reason?: ShortText11;
  /**
   * Also remove the tags of the journey's stages. Default false.
   */
  clear_stage_tags?: boolean;
}
/**
 * Why customers leave here, for analytics.
 */
export interface ShortText11 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * A directed connection from an outcome (source handle) of one node to another node.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Edge".
 */
export interface Edge {
  id: Id8;
  source: Id9;
  /**
   * Outcome of the source node the edge leaves from: next, enter, transition, matched, timeout, default, or a branch outcome / split arm key.
   */
  source_handle: string;
  target: Id10;
  transition?: Transition;
  /**
   * Order in which transitions of one stage are checked when several fire at once: lower first, then by edge id. Default 0.
   */
  priority?: number;
  label?: ShortText12;
}
/**
 * Fires when the tag is removed from the customer.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "TagRemovedCriterion".
 */
export interface TagRemovedCriterion {
  /**
   * Criterion kind.
   */
  kind: 'tag_removed';
  tag: Key12;
}
/**
 * Fires when the customer has been in the stage for the duration (a timer set on stage entry).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "TimeInStageCriterion".
 */
export interface TimeInStageCriterion {
  /**
   * Criterion kind.
   */
  kind: 'time_in_stage';
  duration: Duration6;
}
/**
 * Optional caption shown on the canvas.
 */
export interface ShortText12 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Canvas position of a node's top-left corner.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Position".
 */
export interface Position {
  /**
   * Horizontal position in canvas pixels.
   */
  x: number;
  /**
   * Vertical position in canvas pixels.
   */
  y: number;
}
/**
 * A short name in both Simplified Chinese and English.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "LocalizedName".
 */
export interface LocalizedName3 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN': string;
  /**
   * English text.
   */
  en: string;
}
/**
 * A short text in Simplified Chinese and/or English (at least one).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ShortText".
 */
export interface ShortText13 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * Text in Simplified Chinese and/or English (at least one); the customer's language is used, falling back to zh-CN, then en. May contain placeholders such as {{customer.nickname}}, {{staff.name}}, {{coupon.name}}.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export interface LocalizedText3 {
  /**
   * Simplified Chinese text.
   */
  'zh-CN'?: string;
  /**
   * English text.
   */
  en?: string;
}
/**
 * A daily window of local time from `start` to `end`; when `end` is earlier than `start` the window spans midnight (22:00–08:00).
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "TimeWindow".
 */
export interface TimeWindow2 {
  start: LocalTime;
  end: LocalTime1;
}
/**
 * Who may enter and how often.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "EntryPolicy".
 */
export interface EntryPolicy1 {
  /**
   * `once`: a customer enters at most once ever; `after_exit`: again once they have left; `always`: every time the trigger fires (a new run replaces the current one).
   */
  reentry: 'once' | 'after_exit' | 'always';
  min_interval?: Duration;
}
/**
 * The conversion the journey aims at; reported as the conversion rate and optionally ending the journey for converted customers.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "JourneyGoal".
 */
export interface JourneyGoal1 {
  name: LocalizedName;
  criterion: GoalCriterion;
  within?: Duration2;
  /**
   * When true, a customer who reaches the goal leaves the journey at once (no more pushes).
   */
  exit_on_met: boolean;
}
/**
 * Journey-wide settings: entry and re-entry policy, time zone, quiet hours, frequency caps, audience and goal.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "Settings".
 */
export interface Settings1 {
  entry: EntryPolicy;
  /**
   * IANA time zone used for local times when the customer's own time zone is unknown (or always, when use_customer_time_zone is false).
   */
  time_zone: string;
  /**
   * Evaluate local times (waits, quiet hours) in the customer's own time zone when known. Default true.
   */
  use_customer_time_zone?: boolean;
  quiet_hours?: TimeWindow;
  /**
   * Per-customer push caps.
   *
   * @maxItems 10
   */
  frequency_caps?:
    | []
    | [FrequencyCap]
    | [FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap]
    | [FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap, FrequencyCap]
    | [
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap
      ]
    | [
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap,
        FrequencyCap
      ];
  audience?: Condition;
  goal?: JourneyGoal;
  /**
   * Journey variables (links, product names …) used in texts as {{journey.NAME}}; templates declare them with example values to replace.
   */
  variables?: {
    /**
     * Variable value.
     */
    [k: string]: string;
  };
}
/**
 * A journey stage (layer): entering it adds its tag and removes the tags of the journey's other stages; the tag being added anywhere moves the customer here. Its `enter` edge starts the stage's push sequence; its `transition` edges move the customer on.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "StageData".
 */
export interface StageData1 {
  name: LocalizedName1;
  tag: Key4;
  color?: Color;
  description?: LocalizedText;
}
/**
 * Condition branch: outcomes are tested in order, the first true one is taken; when none is true the `default` handle is taken.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "BranchData".
 */
export interface BranchData1 {
  /**
   * Outcomes in evaluation order.
   *
   * @minItems 1
   * @maxItems 20
   */
  outcomes:
    | [BranchOutcome]
    | [BranchOutcome, BranchOutcome]
    | [BranchOutcome, BranchOutcome, BranchOutcome]
    | [BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome]
    | [BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome]
    | [BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome]
    | [BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome, BranchOutcome]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ]
    | [
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome,
        BranchOutcome
      ];
}
/**
 * Weighted random split (A/B test); a customer's arm is decided once per entry.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "SplitData".
 */
export interface SplitData1 {
  /**
   * The arms.
   *
   * @minItems 2
   * @maxItems 10
   */
  arms:
    | [SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm]
    | [SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm, SplitArm];
}
/**
 * A conversion checkpoint: reaching it records the goal for the customer; continue on `next` if connected, else the run completes here.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "GoalData".
 */
export interface GoalData1 {
  key: HandleKey2;
  name: LocalizedName2;
}
/**
 * The customer leaves the journey.
 *
 * This interface was referenced by `Journey`'s JSON-Schema
 * via the `definition` "ExitData".
 */
export interface ExitData1 {
  reason?: ShortText11;
  /**
   * Also remove the tags of the journey's stages. Default false.
   */
  clear_stage_tags?: boolean;
}
