namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of step-functions-workflows-collection/s3-bucket-nested-distributed-map (statemachine/statemachine.asl.json):
/// a distributed Map lists the bucket's objects, a nested distributed Map takes them in batches, and an inline
/// Map reads, transforms and publishes each object.
/// </summary>
[StateMachine]
public partial class S3BucketNestedDistributedMapWorkflow
{
    private const string ItemReaderFailed = "States.ItemReaderFailed";

    // OutputPath = null: the Map's results (written per child execution) are not needed downstream.
    [Map(
        Name = "S3 Distributed Map State Machine",
        StartAt = true,
        ItemProcessor = typeof(ObjectBatches),
        ItemReader = """{ "Parameters": { "Bucket": "bucket" }, "Resource": "arn:aws:states:::s3:listObjectsV2" }""",
        ItemBatcher = """{ "MaxItemsPerBatch": 10 }""",
        MaxConcurrency = 1000,
        ToleratedFailurePercentage = 100,
        OutputPath = null,
        Next = nameof(AfterMap))]
    [Catch(ItemReaderFailed, Next = nameof(AfterMap))]
    partial void DistributeObjects();

    // Named "Fail" in the original although it is a Pass that carries on: the name is kept, the member says what it does.
    [Pass(Name = "Fail", Next = nameof(Finish))]
    partial void AfterMap();

    [Pass(Name = "End", End = true)]
    partial void Finish();

    [ItemProcessor(Mode = MapMode.Distributed, ExecutionType = MapExecutionType.Standard)]
    public partial class ObjectBatches
    {
        [Map(
            Name = "ProcessObjects",
            StartAt = true,
            ItemProcessor = typeof(ObjectBatch),
            ItemsPath = "$.Items",
            ItemBatcher = """{ "MaxItemsPerBatch": 10 }""",
            MaxConcurrency = 1000,
            ToleratedFailurePercentage = 100,
            ResultPath = null,
            OutputPath = null,
            End = true)]
        [Catch(ItemReaderFailed, Next = nameof(FailItem))]
        partial void ProcessObjects();

        [Fail]
        partial void FailItem();
    }

    [ItemProcessor(Mode = MapMode.Distributed, ExecutionType = MapExecutionType.Standard)]
    public partial class ObjectBatch
    {
        [Map(StartAt = true, ItemProcessor = typeof(SingleObject), ItemsPath = "$.Items", End = true)]
        partial void ProcessItems();
    }

    [ItemProcessor(Mode = MapMode.Inline)]
    public partial class SingleObject
    {
        [Task(
            StartAt = true,
            Resource = "arn:aws:states:::aws-sdk:s3:getObject",
            Parameters = """{ "Bucket": "bucket", "Key.$": "$.Key" }""",
            Next = nameof(TransformItem))]
        partial void GetObjectFromBucket();

        [Pass(
            Parameters = """
            {
              "output.$": "States.JsonMerge(States.StringToJson($.Body), States.StringToJson('{\"NewField\": \"MyValue\" }'), false)"
            }
            """,
            OutputPath = "$.output",
            Next = nameof(PublishItem))]
        partial void TransformItem();

        [Task(
            Resource = "arn:aws:states:::sns:publish",
            Parameters = """{ "Message.$": "$", "TopicArn": "topic" }""",
            ResultPath = null,
            End = true)]
        partial void PublishItem();
    }
}
