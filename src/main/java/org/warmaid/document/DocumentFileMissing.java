package org.warmaid.document;

/**
 * The document's record is there and its file is not in the store (a store restored without it, a
 * file removed by hand). Told to the reader as it is, who may read the document: nothing about
 * another unit's documents is given away by it.
 */
class DocumentFileMissing extends RuntimeException {

    DocumentFileMissing(Long documentId) {
        super("该材料（编号 " + documentId + "）的文件已不在材料存储中，无法打开；请联系系统管理员");
    }
}
