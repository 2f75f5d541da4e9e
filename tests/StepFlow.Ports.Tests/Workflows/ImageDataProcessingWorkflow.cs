namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of step-functions-workflows-collection/data-processing, CDK variant (cdk/statemachine/statemachine.asl.json;
/// the sam/ folder holds the SAM variant): for each S3 object, read its attributes and detect image labels in
/// parallel, then store both in DynamoDB. It uses the legacy Map form (Iterator and per-item Parameters).
/// </summary>
[StateMachine(Comment = "Retrieves objects from S3, processes and stores metadata in DynamoDB")]
public partial class ImageDataProcessingWorkflow
{
    [Map(
        StartAt = true,
        Iterator = typeof(ObjectProcessor),
        ItemsPath = "$.Objects",
        Parameters = """{ "ObjectIndex.$": "$$.Map.Item.Index", "ObjectDetails.$": "$$.Map.Item.Value" }""",
        End = true)]
    partial void IterateS3Objects();

    [ItemProcessor]
    public partial class ObjectProcessor
    {
        [Parallel(StartAt = true, Branches = new[] { typeof(ObjectAttributes), typeof(ImageLabels) }, Next = nameof(StoreMetadata))]
        partial void Parallel();

        // The Parallel result is [attributes branch output, labels branch output].
        [Task(
            Name = "DynamoDB PutItem",
            Resource = "arn:aws:states:::dynamodb:putItem",
            Parameters = """
            {
              "TableName": "images-data-workflow-pattern-sl",
              "Item": {
                "id": { "S.$": "$[0].ObjectDetails.Key" },
                "size": { "N.$": "States.JsonToString($[0].ObjectMetadata.ObjectSize)" },
                "lastModified": { "S.$": "$[0].ObjectMetadata.LastModified" },
                "storageClass": { "S.$": "$[0].ObjectMetadata.StorageClass" },
                "labels": { "S.$": "States.JsonToString($[1].Labels)" }
              }
            }
            """,
            End = true)]
        partial void StoreMetadata();
    }

    [Branch]
    public partial class ObjectAttributes
    {
        [Task(
            StartAt = true,
            Resource = "arn:aws:states:::aws-sdk:s3:getObjectAttributes",
            Parameters = """
            {
              "Bucket.$": "$.ObjectDetails.Bucket",
              "Key.$": "$.ObjectDetails.Key",
              "ObjectAttributes": ["StorageClass", "ObjectSize"]
            }
            """,
            ResultPath = "$.ObjectMetadata",
            End = true)]
        partial void GetObjectAttributes();
    }

    [Branch]
    public partial class ImageLabels
    {
        [Task(
            StartAt = true,
            Resource = "arn:aws:states:::aws-sdk:rekognition:detectLabels",
            Parameters = """{ "Image": { "S3Object": { "Bucket.$": "$.ObjectDetails.Bucket", "Name.$": "$.ObjectDetails.Key" } } }""",
            ResultPath = "$.Labels",
            End = true)]
        partial void DetectLabels();
    }
}
