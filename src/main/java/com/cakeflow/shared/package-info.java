/** Value types shared by every module (money in fen, phone numbers, domain problems); no services. */
package com.cakeflow.shared;
