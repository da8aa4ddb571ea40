package org.warmaid.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.model.FieldProblem;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationRefused;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Registry;
import org.warmaid.accounts.ReviewAccess;

/**
 * Supporting documents of a registration: PDF, JPG or PNG recognised by content, within a size limit
 * per file and a quota per registration; uploaded by the unit while it may still change the
 * registration, read by the unit and by whoever may review it. Every upload and download is audited.
 */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final SupportingDocuments documents;
    private final DocumentStore store;
    private final Registry registry;
    private final RegistrationDirectory registrations;
    private final ReviewAccess reviewAccess;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxFileBytes;
    private final int maxFiles;
    private final long maxTotalBytes;

    Documents(SupportingDocuments documents, DocumentStore store, Registry registry, RegistrationDirectory registrations,
            ReviewAccess reviewAccess, AuditLog audit, Clock clock,
            @Value("${warmaid.documents.max-file-size:10MB}") DataSize maxFileSize,
            @Value("${warmaid.documents.max-files:20}") int maxFiles,
            @Value("${warmaid.documents.max-total-size:50MB}") DataSize maxTotalSize) {
        this.documents = documents;
        this.store = store;
        this.registry = registry;
        this.registrations = registrations;
        this.reviewAccess = reviewAccess;
        this.audit = audit;
        this.clock = clock;
        this.maxFileBytes = maxFileSize.toBytes();
        this.maxFiles = maxFiles;
        this.maxTotalBytes = maxTotalSize.toBytes();
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public SupportingDocument upload(AccountPrincipal account, Long registrationId, String type, String originalName,
            byte[] content) {
        Registration registration = registry.editableBy(account, registrationId, AuditAction.DOCUMENT_UPLOAD);
        DocumentType documentType = DocumentType.parse(type).orElseThrow(() -> invalid("documentType", "请选择材料类别"));
        if (content == null || content.length == 0) {
            throw invalid("file", "请选择要上传的文件（文件不能为空）");
        }
        if (content.length > maxFileBytes) {
            throw invalid("file", "文件过大：每个文件不超过" + DataSize.ofBytes(maxFileBytes).toMegabytes() + "MB");
        }
        FileKind kind = FileKind.of(content).orElseThrow(() -> invalid("file",
                "只能上传 PDF、JPG 或 PNG 文件（系统按文件内容识别，改扩展名无效）"));
        List<SupportingDocument> existing = documents.findByRegistrationIdAndDeletedFalseOrderByIdAsc(registrationId);
        long total = existing.stream().mapToLong(SupportingDocument::getSizeBytes).sum();
        if (existing.size() >= maxFiles || total + content.length > maxTotalBytes) {
            throw invalid("file", "每条登记最多上传" + maxFiles + "个文件、合计"
                    + DataSize.ofBytes(maxTotalBytes).toMegabytes() + "MB；请先删除不需要的文件");
        }
        String name = safeName(originalName, kind);
        SupportingDocument document = documents.save(new SupportingDocument(registrationId, documentType, name,
                kind.contentType(), content.length, sha256(content), store.put(content), account.id(), clock.instant()));
        registry.documentsChanged(registration);
        audit.success(AuditAction.DOCUMENT_UPLOAD, "registration", registration.getReference(),
                documentType.label() + "：" + name + "（" + content.length + " 字节）");
        return document;
    }

    @Transactional
    public void delete(AccountPrincipal account, Long documentId) {
        SupportingDocument document = find(documentId);
        Registration registration = registry.editableBy(account, document.getRegistrationId(), AuditAction.DOCUMENT_DELETE);
        document.delete();
        registry.documentsChanged(registration);
        audit.success(AuditAction.DOCUMENT_DELETE, "registration", registration.getReference(),
                document.getDocumentType().label() + "：" + document.getOriginalName());
    }

    @Transactional
    public Download download(AccountPrincipal account, Long documentId) {
        SupportingDocument document = find(documentId);
        Registration registration = registrations.findById(document.getRegistrationId()).orElseThrow();
        boolean ownUnit = account != null && account.isUnitAccount() && registration.belongsTo(account.unitCode());
        if (!ownUnit && !reviewAccess.mayRead(account, registration.getUnitCode())) {
            audit.refused(AuditAction.DOCUMENT_DOWNLOAD, "registration", registration.getReference(), "无权下载材料 " + documentId);
            throw new RegistrationRefused(RegistrationRefused.Reason.NOT_FOUND, "没有找到该材料");
        }
        byte[] content = store.find(document.getStorageKey()).orElseThrow(() -> {
            // the record is there and its file is not (a store restored without it, a file removed by
            // hand): the reader is told so, the administrator finds it in the log and the audit
            log.error("supporting document {} of registration {} has no file {} in the document store", documentId,
                    registration.getReference(), document.getStorageKey());
            audit.refused(AuditAction.DOCUMENT_DOWNLOAD, "registration", registration.getReference(),
                    "材料文件缺失：" + documentId);
            return new DocumentFileMissing(documentId);
        });
        audit.success(AuditAction.DOCUMENT_DOWNLOAD, "registration", registration.getReference(),
                document.getDocumentType().label() + "：" + document.getOriginalName());
        return new Download(document.getOriginalName(), document.getContentType(), content);
    }

    @Transactional(readOnly = true)
    public Long registrationOf(Long documentId) {
        return find(documentId).getRegistrationId();
    }

    @Transactional(readOnly = true)
    public List<SupportingDocument> of(Long registrationId) {
        return documents.findByRegistrationIdAndDeletedFalseOrderByIdAsc(registrationId);
    }

    private SupportingDocument find(Long documentId) {
        return documents.findById(documentId).filter(document -> !document.isDeleted())
                .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.NOT_FOUND, "没有找到该材料"));
    }

    private static RegistrationRefused invalid(String field, String message) {
        return RegistrationRefused.invalid(List.of(new FieldProblem(field, message)));
    }

    /** The uploader's file name without any path or odd characters, with the extension of its real format. */
    static String safeName(String originalName, FileKind kind) {
        String base = originalName == null ? "" : originalName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ' ')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (base.isEmpty()) {
            base = "材料";
        }
        if (base.length() > 80) {
            base = base.substring(0, 80);
        }
        return base + "." + kind.extension();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
