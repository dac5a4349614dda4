package dev.clapboard.generation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.ReferenceImages;
import org.jspecify.annotations.Nullable;

/**
 * An optional PNG or JPEG the videos start from. The browser refuses other types and files over 50 MB; the
 * generation service checks the content again, since a file name proves nothing.
 */
class FirstFrameUpload extends Div {

    final Upload upload;
    final Span status = new Span();
    private byte @Nullable [] image;

    FirstFrameUpload() {
        addClassName("first-frame-upload");
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> accept(metadata.fileName(), data)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(GenerationOrder.MAX_IMAGE_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.addFileRejectedListener(e -> status.setText(e.getErrorMessage()
                + " Use a PNG or JPEG of at most 50 MB."));
        upload.addFileRemovedListener(e -> clear());
        var label = new Span("First frame (optional)");
        label.addClassName("field-label");
        add(label, upload, status);
    }

    /** Keeps an uploaded image for the request, or says at once why it cannot be one (the service checks again). */
    void accept(String fileName, byte[] data) {
        try {
            ReferenceImages.check(data);
        } catch (GenerationRefusedException refused) {
            image = null;
            status.setText(fileName + ": " + refused.getMessage());
            return;
        }
        image = data;
        status.setText(fileName + " will be the first frame.");
    }

    void clear() {
        image = null;
        status.setText("");
    }

    byte @Nullable [] image() {
        return image;
    }
}
